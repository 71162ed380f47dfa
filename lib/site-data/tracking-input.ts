import type { TrackingStore } from '../tracking/types'

/**
 * The tracking store as the build opened it, once, for every builder: the store, or the error
 * that kept it closed. `location` is the URI, path or project folder as configured.
 */
export type TrackingInput =
  | { status: 'open'; location: string; store: TrackingStore }
  | { status: 'unopened'; location: string; error: Error }
