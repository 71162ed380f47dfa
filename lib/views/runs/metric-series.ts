import type { MetricPoint } from '../../tracking/types'
import { downsampleIndices } from './downsample-evenly'
import type { MetricSeries } from '../../site-data/runs/runs-snapshot-types'

/**
 * A metric's history as columns, ordered by step then timestamp (the order MLflow's charts
 * draw), keeping at most `limit` evenly spaced points, first and last included.
 */
export function metricSeries(points: readonly MetricPoint[], limit: number): MetricSeries {
  const sorted = points
    .map((point, index) => ({ point, index }))
    .sort(
      (a, b) =>
        a.point.step - b.point.step || a.point.timestamp - b.point.timestamp || a.index - b.index,
    )
  const kept = downsampleIndices(sorted.length, limit)
  const series: MetricSeries = {
    step: [],
    timestamp: [],
    value: [],
    totalPoints: points.length,
    downsampled: kept.length < points.length,
  }
  for (const i of kept) {
    const { point } = sorted[i]!
    series.step.push(point.step)
    series.timestamp.push(point.timestamp)
    series.value.push(point.value)
  }
  return series
}
