import type { BinaryClfCurve } from '../../metrics/binary-clf-curve'
import { thresholdMetrics } from './threshold-metrics'

/** Precision, recall, F1 and accuracy on an even grid of thresholds, for one dataset. */
export interface MetricsByThreshold {
  thresholds: number[]
  precision: number[]
  recall: number[]
  f1: number[]
  accuracy: number[]
}

export const THRESHOLD_METRICS = ['precision', 'recall', 'f1', 'accuracy'] as const
export type ThresholdMetricName = (typeof THRESHOLD_METRICS)[number]

/**
 * The metrics at `steps` thresholds from 0 to 1 (default 0.00, 0.01, …, 1.00). Each point is a
 * binary search on the sorted curve, so the whole grid costs O(steps · log n), not O(steps · n).
 */
export function metricsByThreshold(curve: BinaryClfCurve, steps = 101): MetricsByThreshold {
  const out: MetricsByThreshold = {
    thresholds: [],
    precision: [],
    recall: [],
    f1: [],
    accuracy: [],
  }
  for (let k = 0; k < steps; k++) {
    // rounded so the grid reads 0.07, not 0.07000000000000001
    const threshold = steps === 1 ? 0 : Math.round((k / (steps - 1)) * 1e6) / 1e6
    const m = thresholdMetrics(curve, threshold)
    out.thresholds.push(threshold)
    for (const name of THRESHOLD_METRICS) out[name].push(m[name])
  }
  return out
}
