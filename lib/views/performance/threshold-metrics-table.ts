import type { MessageKey } from '../../i18n/messages-en'
import type { ThresholdMetrics } from './threshold-metrics'

export type TableMetric =
  'precision' | 'recall' | 'f1' | 'accuracy' | 'specificity' | 'tp' | 'fp' | 'fn' | 'tn'

/** One row of the metrics-at-threshold table; null where a dataset has no numbers. */
export interface ThresholdMetricsRow {
  metric: TableMetric
  label: MessageKey
  /** rates are shown as 0.465, counts as 1,144 */
  kind: 'rate' | 'count'
  dev: number | null
  prod: number | null
  /** prod − dev, null unless both exist */
  delta: number | null
}

const ROWS: readonly { metric: TableMetric; label: MessageKey; kind: 'rate' | 'count' }[] = [
  { metric: 'precision', label: 'metric.precision', kind: 'rate' },
  { metric: 'recall', label: 'metric.recall', kind: 'rate' },
  { metric: 'f1', label: 'metric.f1', kind: 'rate' },
  { metric: 'accuracy', label: 'metric.accuracy', kind: 'rate' },
  { metric: 'specificity', label: 'performance.metric.specificity', kind: 'rate' },
  { metric: 'tp', label: 'outcome.truePositive', kind: 'count' },
  { metric: 'fp', label: 'outcome.falsePositive', kind: 'count' },
  { metric: 'fn', label: 'outcome.falseNegative', kind: 'count' },
  { metric: 'tn', label: 'outcome.trueNegative', kind: 'count' },
]

/** The table at the current threshold: dev, prod and prod − dev for each metric. */
export function thresholdMetricsTable(
  dev: ThresholdMetrics | undefined,
  prod: ThresholdMetrics | undefined,
): ThresholdMetricsRow[] {
  return ROWS.map(({ metric, label, kind }) => {
    const d = dev ? dev[metric] : null
    const p = prod ? prod[metric] : null
    return { metric, label, kind, dev: d, prod: p, delta: d !== null && p !== null ? p - d : null }
  })
}
