import type { Experiment, Run } from '../../tracking/types'

/** Descending by time with null last, as SQLite orders `... DESC`. */
function byTimeDesc(a: number | null, b: number | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return b - a
}

/** Ascending ids: numeric ids by value ('0' before '472839150382746512'), others as text. */
export function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/
  if (numeric.test(a) && numeric.test(b) && a.length !== b.length) return a.length - b.length
  return a < b ? -1 : a > b ? 1 : 0
}

/** MLflow's experiment order: creation_time DESC, experiment_id ASC. */
export function compareExperiments(a: Experiment, b: Experiment): number {
  return byTimeDesc(a.creationTime, b.creationTime) || compareIds(a.id, b.id)
}

/** MLflow's natural run order: start_time DESC, run_id ASC. */
export function compareRuns(a: Run, b: Run): number {
  return byTimeDesc(a.startTime, b.startTime) || compareIds(a.id, b.id)
}
