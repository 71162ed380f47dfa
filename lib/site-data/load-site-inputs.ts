import type { DashboardSources } from './sources/dashboard-sources'
import { openTrackingInput } from './open-tracking-input'
import type { PredictionsInput } from './predictions/predictions-input'
import { readPredictionsInput } from './predictions/read-predictions-input'
import type { TrackingInput } from './tracking-input'

/** What every builder reads, loaded once: each predictions file read once, the store opened once. */
export interface SiteInputs {
  /** null: no file configured for that side */
  dev: PredictionsInput | null
  prod: PredictionsInput | null
  /** null: no tracking store configured */
  tracking: TrackingInput | null
}

/** Loads the sources resolveDashboardSources chose; failures are kept as inputs. */
export async function loadSiteInputs(
  sources: Pick<DashboardSources, 'dev' | 'prod' | 'tracking'>,
  cwd = process.cwd(),
  /** told before each predictions file is read */
  reading: (file: string) => void = () => {},
): Promise<SiteInputs> {
  const read = (file: string) => (reading(file), readPredictionsInput(file))
  const dev = sources.dev ? await read(sources.dev) : null
  // the same file on both sides (a quick look at one file) is still read once
  const prod = sources.prod === sources.dev ? dev : sources.prod ? await read(sources.prod) : null
  return {
    dev,
    prod,
    tracking: await openTrackingInput(sources.tracking, cwd),
  }
}
