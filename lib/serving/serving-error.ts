/** A request the scoring server refuses, with MLflow's HTTP status and one-sentence message. */
export class ServingError extends Error {
  constructor(
    readonly status: 400 | 404 | 413 | 415,
    message: string,
  ) {
    super(message)
    this.name = 'ServingError'
  }
}

export const badRequest = (message: string) => new ServingError(400, message)
