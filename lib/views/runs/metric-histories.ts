import type { Run, TrackingStore } from '../../tracking/types'
import { metricSeries } from './metric-series'
import type {
  MetricSeries,
  RunHistoryFile,
  RunHistoryInfo,
} from '../../site-data/runs/runs-snapshot-types'

export interface RunHistories {
  infos: RunHistoryInfo[]
  /** null when no metric has more than one point */
  file: RunHistoryFile | null
}

/**
 * The histories of the run's metrics that have more than one point, each capped at `limit`
 * points. A history that cannot be read is reported through `onError` and left out.
 */
export async function collectHistories(
  store: TrackingStore,
  run: Run,
  limit: number,
  onError: (key: string, error: unknown) => void,
): Promise<RunHistories> {
  const keys = Object.keys(run.metrics).sort()
  const histories = await Promise.all(
    keys.map(async (key) => {
      try {
        return await store.getMetricHistory(run.id, key)
      } catch (error) {
        onError(key, error)
        return []
      }
    }),
  )
  const metrics: Record<string, MetricSeries> = {}
  const infos: RunHistoryInfo[] = []
  keys.forEach((key, i) => {
    const points = histories[i] ?? []
    if (points.length < 2) return
    const series = metricSeries(points, limit)
    metrics[key] = series
    infos.push({ key, points: series.value.length, totalPoints: series.totalPoints })
  })
  return { infos, file: infos.length > 0 ? { runId: run.id, metrics } : null }
}
