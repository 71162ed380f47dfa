import type { RunRecord } from '../../site-data/runs/runs-snapshot-types'

export interface CompareRow<T> {
  key: string
  /** one per compared run, in their order; null when the run has no value */
  values: (T | null)[]
  /** the values are not all the same (a missing value counts as different) */
  differs: boolean
}

export interface RunComparison {
  runs: RunRecord[]
  params: CompareRow<string>[]
  metrics: CompareRow<number>[]
}

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || a === b
}

function rows<T>(
  runs: readonly RunRecord[],
  field: (run: RunRecord) => Record<string, T>,
): CompareRow<T>[] {
  const keys = [...new Set(runs.flatMap((run) => Object.keys(field(run))))].sort()
  return keys.map((key) => {
    const values = runs.map((run) => field(run)[key] ?? null)
    return { key, values, differs: values.some((value) => !same(value, values[0])) }
  })
}

/**
 * Params and metrics of the runs side by side: every key any of them has, sorted, each row
 * saying whether the runs differ (NaN equals NaN, so two failed metrics are "the same").
 */
export function compareRunValues(runs: readonly RunRecord[]): RunComparison {
  return {
    runs: [...runs],
    params: rows(runs, (run) => run.params),
    metrics: rows(runs, (run) => run.metrics),
  }
}

/** Labels for runs in charts and column heads: the name, with the short id when names repeat. */
export function runLabels(runs: readonly RunRecord[]): string[] {
  const counts = new Map<string, number>()
  for (const run of runs) counts.set(run.name, (counts.get(run.name) ?? 0) + 1)
  return runs.map((run) => {
    if (run.name === '') return run.id.slice(0, 8)
    return (counts.get(run.name) ?? 0) > 1 ? `${run.name} (${run.id.slice(0, 7)})` : run.name
  })
}
