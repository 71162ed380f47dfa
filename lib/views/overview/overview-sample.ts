import { brierScore } from '../../metrics/brier-score'
import { logLoss } from '../../metrics/log-loss'
import { aucFromClfCurve } from '../../metrics/roc-auc'
import type { LoadedPredictions } from '../../predictions/types'
import type { DatasetName } from '../../site-data/predictions/snapshot-types'
import { performanceSample, type PerformanceInput } from '../performance/performance-sample'
import { sortedScores, type SortedScores } from './sorted-scores'

/** Shots in the filtered selection, split by whether the outcome is known. */
export interface RowCounts {
  rows: number
  labelled: number
  unlabelled: number
  /** labelled shots that went in */
  made: number
}

/** The metrics that do not depend on the threshold (named as in BinaryMetrics). */
export interface RankMetrics {
  log_loss: number
  /** NaN with a single class */
  roc_auc: number
  brier_score: number
}

/**
 * One dataset after the sidebar filters, prepared once per (dataset, filter): counts, the sorted
 * curve of the labelled rows (every threshold-dependent metric is read from it), the
 * threshold-free metrics, and the sorted scores of all rows (predicted-made share).
 */
export interface OverviewSample {
  name: DatasetName
  counts: RowCounts
  performance: PerformanceInput
  /** null when there is no labelled row with a probability */
  rank: RankMetrics | null
  /** null when the file has no probability column */
  scores: SortedScores | null
}

export function rowCounts(target: Float64Array, indices: Uint32Array): RowCounts {
  let labelled = 0
  let made = 0
  for (let k = 0; k < indices.length; k++) {
    const y = target[indices[k]!]
    if (y === 0 || y === 1) {
      labelled++
      made += y
    }
  }
  return { rows: indices.length, labelled, unlabelled: indices.length - labelled, made }
}

export function overviewSample(
  name: DatasetName,
  loaded: LoadedPredictions,
  indices: Uint32Array,
): OverviewSample {
  const performance = performanceSample(name, loaded, indices)
  const rank =
    performance.kind === 'ready'
      ? {
          log_loss: logLoss(performance.yTrue, performance.score),
          roc_auc: aucFromClfCurve(performance.curve),
          brier_score: brierScore(performance.yTrue, performance.score),
        }
      : null
  const { probability, target } = loaded.data
  return {
    name,
    counts: rowCounts(target, indices),
    performance,
    rank,
    scores: probability ? sortedScores(probability, indices) : null,
  }
}
