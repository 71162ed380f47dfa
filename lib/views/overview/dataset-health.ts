import type { BinaryMetrics } from '../../metrics/binary-metrics'
import type { PredictionsReport } from '../../predictions/types'
import type { DatasetHealth } from './health-verdict'
import type { MadeRates } from './made-rates'

/**
 * What the verdict needs of one dataset at the threshold, from its metrics and made rates there
 * (metricsAtThreshold, madeRates) and the build's report of the file, whose probability column
 * a missing metric is blamed on (null: no report, nothing blamed).
 */
export function datasetHealth(
  metrics: BinaryMetrics | null,
  rates: MadeRates,
  report: PredictionsReport | null,
): DatasetHealth {
  return {
    metrics,
    predictedMade: rates.predictedMade,
    scored: rates.scored,
    labelled: rates.labelled,
    probability: report
      ? { column: report.mapping.probability, excluded: report.excludedProbabilityRows }
      : undefined,
  }
}
