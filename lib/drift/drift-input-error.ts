/** Input to a drift statistic is unusable; the message names the column or argument and the value. */
export class DriftInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DriftInputError'
  }
}
