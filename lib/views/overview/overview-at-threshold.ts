import type { BinaryMetrics } from '../../metrics/binary-metrics'
import type { SnapshotDataset } from '../../site-data/predictions/snapshot-types'
import { datasetHealth } from './dataset-health'
import type { DatasetHealth } from './health-verdict'
import { madeRates, type MadeRates } from './made-rates'
import { metricsAtThreshold } from './metrics-at-threshold'
import type { OverviewSample } from './overview-sample'

/** One dataset's metrics and made rates at the threshold, as the cards and the verdict use them. */
export interface OverviewAtThreshold {
  metrics: BinaryMetrics | null
  rates: MadeRates
}

export function overviewAtThreshold(
  sample: OverviewSample,
  threshold: number,
): OverviewAtThreshold {
  return { metrics: metricsAtThreshold(sample, threshold), rates: madeRates(sample, threshold) }
}

/** What the verdict needs of a dataset at the threshold; null when the dataset is not there. */
export const overviewHealth = (
  at: OverviewAtThreshold | null,
  dataset: SnapshotDataset | null,
): DatasetHealth | null => at && datasetHealth(at.metrics, at.rates, dataset?.report ?? null)
