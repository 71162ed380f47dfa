import { brierScore } from '../../metrics/brier-score'
import {
  precisionRecallFromClfCurve,
  type PrecisionRecallCurve,
} from '../../metrics/precision-recall-curve'
import { aucFromClfCurve } from '../../metrics/roc-auc'
import { rocFromClfCurve, type RocCurve } from '../../metrics/roc-curve'
import { averagePrecisionFromClfCurve } from './average-precision'
import { metricsByThreshold, type MetricsByThreshold } from './metrics-by-threshold'
import type { PerformanceSample } from './performance-sample'
import { reliabilityBins, type ReliabilityBin } from './reliability-bins'
import { scoreHistogram, type ScoreHistogram } from './score-histogram'

/**
 * Everything about one dataset that does not depend on the threshold, computed once per
 * (dataset, filter) from its sorted curve: the charts' curves, areas, grids and bins (the
 * Brier score, grid and bins when first read).
 */
export interface PerformanceSummary {
  sample: PerformanceSample
  roc: RocCurve
  pr: PrecisionRecallCurve
  /** NaN with a single class */
  auc: number
  /** NaN without made shots */
  averagePrecision: number
  /** share of made shots: the precision of a random classifier */
  baseRate: number
  brier: number
  byThreshold: MetricsByThreshold
  histogram: ScoreHistogram
  reliability: ReliabilityBin[]
}

export function performanceSummary(sample: PerformanceSample): PerformanceSummary {
  const { curve, positives } = sample
  // what only the charts below the fold read is computed when first read, and kept: a filter
  // change does not bin the rows for a chart off screen
  let brier: number | undefined
  let byThreshold: MetricsByThreshold | undefined
  let histogram: ScoreHistogram | undefined
  let reliability: ReliabilityBin[] | undefined
  return {
    sample,
    roc: rocFromClfCurve(curve),
    pr: precisionRecallFromClfCurve(curve),
    auc: aucFromClfCurve(curve),
    averagePrecision: averagePrecisionFromClfCurve(curve),
    baseRate: positives / (sample.labelledRows - sample.excludedRows),
    get brier() {
      return (brier ??= brierScore(sample.yTrue, sample.score))
    },
    get byThreshold() {
      return (byThreshold ??= metricsByThreshold(curve))
    },
    get histogram() {
      return (histogram ??= scoreHistogram(sample.yTrue, sample.score))
    },
    get reliability() {
      return (reliability ??= reliabilityBins(sample.yTrue, sample.score))
    },
  }
}
