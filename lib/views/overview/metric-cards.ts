import type { MessageKey } from '../../i18n/messages-en'
import type { BinaryMetrics } from '../../metrics/binary-metrics'

export type MetricKey = keyof BinaryMetrics

export interface MetricSpec {
  key: MetricKey
  label: MessageKey
  /** log loss and Brier: a smaller value is better (Streamlit's delta_color="inverse") */
  lowerIsBetter: boolean
  /** recomputed when the threshold moves */
  thresholdDependent: boolean
}

/** The cards in display order: the threshold-dependent group first, then the threshold-free one. */
export const METRIC_SPECS: readonly MetricSpec[] = [
  { key: 'f1_score', label: 'metric.f1', lowerIsBetter: false, thresholdDependent: true },
  { key: 'precision', label: 'metric.precision', lowerIsBetter: false, thresholdDependent: true },
  { key: 'recall', label: 'metric.recall', lowerIsBetter: false, thresholdDependent: true },
  { key: 'accuracy', label: 'metric.accuracy', lowerIsBetter: false, thresholdDependent: true },
  { key: 'roc_auc', label: 'metric.rocAuc', lowerIsBetter: false, thresholdDependent: false },
  { key: 'log_loss', label: 'metric.logLoss', lowerIsBetter: true, thresholdDependent: false },
  { key: 'brier_score', label: 'metric.brier', lowerIsBetter: true, thresholdDependent: false },
]

/**
 * How prod compares with dev: `same` when the difference rounds to 0 at the three decimals the
 * cards show, `none` when either side has no value.
 */
export type DeltaDirection = 'better' | 'worse' | 'same' | 'none'

/** Below this the delta shows as 0.000, so it is neither better nor worse. */
export const SAME_DELTA = 0.0005

export interface MetricCard extends MetricSpec {
  /** null: no labelled rows with a probability in that dataset; NaN: undefined (one class) */
  dev: number | null
  prod: number | null
  /** prod − dev; null when either side is missing or NaN */
  delta: number | null
  direction: DeltaDirection
}

export function deltaDirection(delta: number | null, lowerIsBetter: boolean): DeltaDirection {
  if (delta === null) return 'none'
  if (Math.abs(delta) < SAME_DELTA) return 'same'
  return delta < 0 === lowerIsBetter ? 'better' : 'worse'
}

/** One card per metric: dev, prod, prod − dev, and whether that is better or worse. */
export function metricCards(dev: BinaryMetrics | null, prod: BinaryMetrics | null): MetricCard[] {
  return METRIC_SPECS.map((spec) => {
    const d = dev ? dev[spec.key] : null
    const p = prod ? prod[spec.key] : null
    const delta =
      d !== null && p !== null && Number.isFinite(d) && Number.isFinite(p) ? p - d : null
    return { ...spec, dev: d, prod: p, delta, direction: deltaDirection(delta, spec.lowerIsBetter) }
  })
}
