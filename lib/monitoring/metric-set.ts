import { binaryMetrics, type BinaryMetrics } from '../metrics/binary-metrics'
import { asReason, explain, reason, type Explained, type Reason } from './reason'

/** The metrics monitoring reports, named as the pipeline logs them to MLflow. */
export type MetricName = keyof BinaryMetrics

export const METRIC_NAMES: readonly MetricName[] = [
  'log_loss',
  'f1_score',
  'accuracy',
  'precision',
  'recall',
  'roc_auc',
  'brier_score',
]

/** Metrics where a smaller value is better: a degradation is a rise. */
export const LOWER_IS_BETTER: ReadonlySet<string> = new Set(['log_loss', 'brier_score'])

/**
 * A set of metric values where each missing one comes with the sentence that says why (never a
 * NaN): `values[m]` is null exactly when `unavailable[m]` is set.
 */
export interface MetricSet extends Explained {
  rows: number
  values: Partial<Record<string, number | null>>
}

/** A metric set with every metric missing for one reason. */
export function unavailableSet(names: readonly string[], why: Reason, rows = 0): MetricSet {
  const set: MetricSet = {
    rows,
    values: Object.fromEntries(names.map((n) => [n, null])),
    unavailable: {},
  }
  for (const n of names) explain(set, n, why)
  return set
}

/** Turns non-finite values into null plus a reason from `why` (the metric's name → sentence). */
export function finiteSet(
  rows: number,
  raw: Record<string, number>,
  why: (name: string) => Reason,
): MetricSet {
  const set: MetricSet = { rows, values: {}, unavailable: {} }
  for (const [name, value] of Object.entries(raw)) {
    if (Number.isFinite(value)) set.values[name] = value
    else {
      set.values[name] = null
      explain(set, name, why(name))
    }
  }
  return set
}

/**
 * The pipeline's metrics (lib/metrics/binary-metrics) on labelled rows, with a sentence instead of
 * a number when they cannot be computed: no labelled row, or one class only (ROC AUC).
 * `what` names the data in those sentences, e.g. "prod (predictions_prod.parquet)".
 */
export function realisedMetrics(
  y: Float64Array,
  p: Float64Array,
  threshold: number,
  subject: string | Reason,
): MetricSet {
  const what = asReason(subject)
  if (y.length === 0) {
    return unavailableSet(METRIC_NAMES, reason('metric.noLabelledRow', { what }))
  }
  const positives = y.reduce((s, v) => s + v, 0)
  const only = positives === 0 ? 0 : positives === y.length ? 1 : null
  return finiteSet(y.length, { ...binaryMetrics(y, p, threshold) }, (name) =>
    only !== null
      ? reason('metric.oneClass', { metric: name, what, rows: y.length, cls: String(only) })
      : reason('metric.notFinite', { metric: name, what }),
  )
}
