import { TrackingReadError } from '../../tracking/tracking-read-error'

/** A call to an MLflow tracking server failed; the message starts with the URL called. */
export class RestStoreError extends TrackingReadError {
  constructor(
    readonly url: string,
    message: string,
    /** HTTP status, or null when no answer came back (refused, timeout) */
    readonly status: number | null = null,
    /** MLflow's error_code (RESOURCE_DOES_NOT_EXIST…), when the server sent one */
    readonly errorCode: string | null = null,
  ) {
    super(url, message)
    this.name = 'RestStoreError'
  }
}
