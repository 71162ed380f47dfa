/** Monitoring cannot start (no predictions file, unreadable file); one sentence. */
export class MonitorInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MonitorInputError'
  }
}
