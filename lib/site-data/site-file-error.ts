/** A shipped site file (snapshot.json, runs.json, model.json…) is not what this page reads. */
export class SiteFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`)
    this.name = 'SiteFileError'
  }
}
