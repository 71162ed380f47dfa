import { TrackingReadError } from '../../tracking/tracking-read-error'

/** An MLflow SQLite database could not be opened or read; the message names the file. */
export class SqliteStoreError extends TrackingReadError {
  constructor(file: string, message: string) {
    super(file, message)
    this.name = 'SqliteStoreError'
  }
}
