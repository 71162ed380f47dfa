import { numberFromJson } from '../../tracking/json-non-finite'
import { expectField, parseSiteJson, siteFileText, type SiteFileInput } from '../parse-site-json'
import { SiteFileError } from '../site-file-error'
import {
  RUNS_SNAPSHOT_VERSION,
  type MetricSeries,
  type RunHistoryFile,
  type RunsSnapshot,
} from './runs-snapshot-types'

export const RUNS_SNAPSHOT_FILE = 'data/runs.json'

function revive(values: unknown[]): number[] {
  return values.map((v) => numberFromJson(v) ?? Number.NaN)
}

/** runs.json text or bytes → RunsSnapshot, metric values back to numbers ("NaN" → NaN). */
export function parseRunsSnapshot(input: SiteFileInput, file = RUNS_SNAPSHOT_FILE): RunsSnapshot {
  const object = parseSiteJson(input, file, RUNS_SNAPSHOT_VERSION)
  for (const field of ['experiments', 'runs', 'models', 'problems']) {
    expectField(object, field, 'array', file)
  }
  const snapshot = object as unknown as RunsSnapshot
  for (const run of snapshot.runs) {
    for (const key of Object.keys(run.metrics)) {
      run.metrics[key] = numberFromJson(run.metrics[key]) ?? Number.NaN
    }
  }
  return snapshot
}

/** A run's history file (`data/runs-history/<runId>.json`) → RunHistoryFile with numeric values. */
export function parseRunHistory(input: SiteFileInput, file: string): RunHistoryFile {
  let value: RunHistoryFile
  try {
    value = JSON.parse(siteFileText(input)) as RunHistoryFile
  } catch (error) {
    throw new SiteFileError(file, `not JSON (${(error as Error).message})`)
  }
  if (!value || typeof value.metrics !== 'object' || value.metrics === null) {
    throw new SiteFileError(file, 'no "metrics" object')
  }
  const metrics: Record<string, MetricSeries> = {}
  for (const [key, series] of Object.entries(value.metrics)) {
    metrics[key] = { ...series, value: revive(series.value as unknown[]) }
  }
  return { runId: value.runId, metrics }
}
