import { openTrackingStore } from '../tracking/open-store'
import type { TrackingInput } from './tracking-input'

/**
 * Node only. Opens the tracking store the build reads (null: none configured); a store that
 * cannot be opened becomes an `unopened` input carrying the error, never an exception.
 */
export async function openTrackingInput(
  location: string | null,
  cwd = process.cwd(),
): Promise<TrackingInput | null> {
  if (location === null) return null
  try {
    return { status: 'open', location, store: await openTrackingStore(location, { cwd }) }
  } catch (error) {
    return {
      status: 'unopened',
      location,
      error: error instanceof Error ? error : new Error(String(error)),
    }
  }
}
