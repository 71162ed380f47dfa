import type { DatasetName } from '../../site-data/predictions/snapshot-types'
import type { PerformanceSummary } from './performance-summary'
import { thresholdMetrics, type ThresholdMetrics } from './threshold-metrics'

/** The metrics at the current threshold of each dataset that has them. */
export type DatasetThresholdMetrics = Partial<Record<DatasetName, ThresholdMetrics>>

/** What a slider move recomputes: one binary search per dataset. */
export function thresholdPoints(
  summaries: readonly PerformanceSummary[],
  threshold: number,
): DatasetThresholdMetrics {
  const out: DatasetThresholdMetrics = {}
  for (const s of summaries) out[s.sample.name] = thresholdMetrics(s.sample.curve, threshold)
  return out
}
