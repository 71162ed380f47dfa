/** A file or value a view waits for: loading, failed with one sentence, or ready. */
export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; value: T }
