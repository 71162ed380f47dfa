import { displayLocation } from '../../views/runs/display-location'
import { readRunsStore } from '../../views/runs/read-runs-store'
import { DEFAULT_RUNS_LIMITS } from '../../views/runs/runs-limits'
import { RUNS_SNAPSHOT_VERSION, type RunsLimits, type RunsSnapshot } from './runs-snapshot-types'
import type { StoreSummary } from '../sources/choose-sources'
import type { TrackingInput } from '../tracking-input'
import { sinkOf } from '../directory-site-sink'
import { siteJson, type SiteFileSink } from '../site-file-sink'

export interface RunsSnapshotInputs {
  /** the tracking store as loadSiteInputs opened it; null: none configured */
  tracking: TrackingInput | null
  /** folder the site serves as /data/ (public/data): runs.json, artifacts/, runs-history/ */
  outDir?: string
  /** where the files go instead of outDir (a project opened in the page keeps them in memory) */
  sink?: SiteFileSink
  /** locations are shown relative to it (default: process.cwd()) */
  cwd?: string
  limits?: Partial<RunsLimits>
  /** every store found in the project (the dashboard's choice), offered on the page */
  stores?: StoreSummary[]
}

export interface RunsSnapshotResult {
  snapshot: RunsSnapshot
  /** size of runs.json in bytes */
  bytes: number
}

const HINT = 'run `npm run pipeline` or set MLFLOW_TRACKING_URI'

/** The sentence the page shows when the store could not be opened. */
export function unavailableMessage(location: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  if (/no such file or folder/.test(text)) return `no MLflow store at ${location}: ${HINT}`
  return `could not read the MLflow store at ${location}: ${text}. Set MLFLOW_TRACKING_URI to a store this build can read`
}

/**
 * Build step: reads the opened tracking store into `<outDir>/runs.json` (+ `runs-history/<runId>.json`
 * and copies under `artifacts/<runId>/`), replacing what an earlier build wrote there. Never
 * throws for a missing or bad store: runs.json then says why there is nothing.
 */
export async function buildRunsSnapshot(inputs: RunsSnapshotInputs): Promise<RunsSnapshotResult> {
  const cwd = inputs.cwd ?? process.cwd()
  const limits: RunsLimits = { ...DEFAULT_RUNS_LIMITS, ...inputs.limits }
  const sink = sinkOf(inputs)
  await sink.remove('artifacts')
  await sink.remove('runs-history')
  const empty = { experiments: [], runs: [], models: [], problems: [] }
  let snapshot: RunsSnapshot
  if (!inputs.tracking) {
    snapshot = {
      version: RUNS_SNAPSHOT_VERSION,
      source: null,
      limits,
      ...empty,
      unavailable: `no MLflow tracking store configured: ${HINT}`,
    }
  } else if (inputs.tracking.status === 'unopened') {
    const shown = displayLocation(inputs.tracking.location, cwd)
    const error = inputs.tracking.error
    snapshot = {
      version: RUNS_SNAPSHOT_VERSION,
      source: null,
      limits,
      ...empty,
      unavailable: unavailableMessage(shown, error),
      problems: [{ path: shown, message: error.message }],
    }
  } else {
    const store = inputs.tracking.store
    const read = await readRunsStore(store, { sink, limits })
    const location = displayLocation(store.location, cwd)
    const local = (text: string) => text.split(store.location).join(location)
    snapshot = {
      version: RUNS_SNAPSHOT_VERSION,
      source: { kind: store.kind, location },
      unavailable: null,
      limits,
      ...read,
      runs: read.runs.map((run) =>
        run.artifactLocation
          ? {
              ...run,
              artifactLocation: {
                ...run.artifactLocation,
                folder: displayLocation(run.artifactLocation.folder, cwd),
              },
            }
          : run,
      ),
      problems: read.problems.map((p) => ({ path: local(p.path), message: local(p.message) })),
    }
  }
  if (inputs.stores && inputs.stores.length > 1) {
    snapshot.stores = inputs.stores.map((s) => ({ ...s, path: displayLocation(s.path, cwd) }))
  }
  const bytes = await sink.write('runs.json', siteJson(snapshot))
  return { snapshot, bytes }
}
