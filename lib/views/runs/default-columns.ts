import type { RunColumn } from './run-columns'
import type { RunRecord } from '../../site-data/runs/runs-snapshot-types'

/** Classifier metrics shown first when runs have them, in this order. */
export const PREFERRED_METRICS = [
  'log_loss',
  'f1_score',
  'roc_auc',
  'accuracy',
  'precision',
  'recall',
  'brier_score',
  'f1',
  'auc',
  'loss',
]

/** Keys of a record field over the runs, most frequent first, then by name. */
export function keysByFrequency(runs: readonly RunRecord[], field: 'metrics' | 'params'): string[] {
  const counts = new Map<string, number>()
  for (const run of runs)
    for (const key of Object.keys(run[field])) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key)
}

/** Params whose value is not the same in every run that has them. */
function varyingParams(runs: readonly RunRecord[]): Set<string> {
  const values = new Map<string, Set<string>>()
  for (const run of runs) {
    for (const [key, value] of Object.entries(run.params)) {
      const set = values.get(key) ?? new Set<string>()
      set.add(value)
      values.set(key, set)
    }
  }
  return new Set([...values].filter(([, set]) => set.size > 1).map(([key]) => key))
}

/**
 * The columns a runs table starts with: up to `metrics` metrics (preferred classifier metrics
 * first, then the most frequent) and up to `params` params that differ between runs (most
 * frequent first).
 */
export function defaultColumns(
  runs: readonly RunRecord[],
  limits: { metrics: number; params: number } = { metrics: 3, params: 2 },
): RunColumn[] {
  const metricKeys = keysByFrequency(runs, 'metrics')
  const present = new Set(metricKeys)
  const metrics = [
    ...PREFERRED_METRICS.filter((key) => present.has(key)),
    ...metricKeys.filter((key) => !PREFERRED_METRICS.includes(key)),
  ].slice(0, limits.metrics)
  const varying = varyingParams(runs)
  const params = keysByFrequency(runs, 'params')
    .filter((key) => varying.has(key))
    .slice(0, limits.params)
  return [
    ...metrics.map((key): RunColumn => ({ kind: 'metric', key })),
    ...params.map((key): RunColumn => ({ kind: 'param', key })),
  ]
}
