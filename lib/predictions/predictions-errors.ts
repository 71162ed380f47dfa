/** A predictions file cannot be used as it is; the message starts with the file and names the
 * column and the value concerned. */
export class PredictionsError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`)
    this.name = 'PredictionsError'
  }
}

/** A mapping (file or caller's option) is invalid; the message names its source, key and value. */
export class MappingError extends Error {
  constructor(
    readonly source: string,
    readonly key: string,
    message: string,
  ) {
    super(`${source}: ${message}`)
    this.name = 'MappingError'
  }
}
