import { numberFromJson } from '../../tracking/json-non-finite'
import {
  RUNS_SNAPSHOT_VERSION,
  type MetricSeries,
  type RunHistoryFile,
  type RunsSnapshot,
} from './runs-snapshot-types'

/** runs.json or a history file is not what this version of the site expects. */
export class RunsSnapshotError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`)
    this.name = 'RunsSnapshotError'
  }
}

function revive(values: unknown[]): number[] {
  return values.map((v) => numberFromJson(v) ?? Number.NaN)
}

/** runs.json text → RunsSnapshot, metric values back to numbers ("NaN" → NaN). */
export function parseRunsSnapshot(text: string, file = 'runs.json'): RunsSnapshot {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new RunsSnapshotError(file, `not JSON (${(error as Error).message})`)
  }
  const snapshot = value as RunsSnapshot
  if (!snapshot || typeof snapshot !== 'object' || !Array.isArray(snapshot.runs)) {
    throw new RunsSnapshotError(file, 'no "runs" list: rebuild the site (npm run build)')
  }
  if (snapshot.version !== RUNS_SNAPSHOT_VERSION) {
    throw new RunsSnapshotError(
      file,
      `version ${String(snapshot.version)}, this page reads version ${RUNS_SNAPSHOT_VERSION}: rebuild the site`,
    )
  }
  for (const run of snapshot.runs) {
    for (const key of Object.keys(run.metrics)) {
      run.metrics[key] = numberFromJson(run.metrics[key]) ?? Number.NaN
    }
  }
  return snapshot
}

/** A run's history file text → RunHistoryFile with numeric values. */
export function parseRunHistory(text: string, file: string): RunHistoryFile {
  let value: RunHistoryFile
  try {
    value = JSON.parse(text) as RunHistoryFile
  } catch (error) {
    throw new RunsSnapshotError(file, `not JSON (${(error as Error).message})`)
  }
  if (!value || typeof value.metrics !== 'object' || value.metrics === null) {
    throw new RunsSnapshotError(file, 'no "metrics" object')
  }
  const metrics: Record<string, MetricSeries> = {}
  for (const [key, series] of Object.entries(value.metrics)) {
    metrics[key] = { ...series, value: revive(series.value as unknown[]) }
  }
  return { runId: value.runId, metrics }
}
