/**
 * Input the pipeline cannot use (a missing or malformed raw file, a bad option). Raised before
 * anything is written; the CLI prints only this message. It names the file, column and value.
 */
export class PipelineInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PipelineInputError'
  }
}
