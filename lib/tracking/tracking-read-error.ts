/**
 * A tracking store, or one thing inside it (a run, an artifact, a server answer), could not be
 * read. The message starts with the path or URL concerned and says what was wrong.
 */
export class TrackingReadError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`)
    this.name = 'TrackingReadError'
  }
}
