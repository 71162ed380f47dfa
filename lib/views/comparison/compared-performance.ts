import { scoresFromConfusion } from '../../metrics/classification-scores'
import { confusionFromCurve } from '../../metrics/confusion-from-curve'
import type { ConfusionCounts } from '../../metrics/confusion-matrix'
import { logLossTerm } from '../../metrics/log-loss'
import {
  precisionRecallFromClfCurve,
  type PrecisionRecallCurve,
} from '../../metrics/precision-recall-curve'
import { aucFromClfCurve } from '../../metrics/roc-auc'
import { rocFromClfCurve, type RocCurve } from '../../metrics/roc-curve'
import { filteredClfCurve } from '../../metrics/score-rank'
import type { BinaryClfCurve } from '../../metrics/binary-clf-curve'
import type { ComparedModel } from '../../site-data/comparison/comparison-types'
import type { DatasetName } from '../../site-data/predictions/snapshot-types'
import { averagePrecisionFromClfCurve } from '../performance/average-precision'

/** One compared model on one dataset's filtered labelled rows: its curves and threshold-free metrics. */
export interface ComparedSide {
  model: ComparedModel
  dataset: DatasetName
  /** labelled filtered rows with a score */
  rows: number
  curve: BinaryClfCurve
  roc: RocCurve
  pr: PrecisionRecallCurve
  roc_auc: number
  average_precision: number
  log_loss: number
  brier_score: number
}

/**
 * The model's scores of the filtered rows (`indices` into the shipped rows) against their
 * labels: the curve from the model's score ranking (sorted once per file), then every curve and
 * threshold-free metric. Null without a labelled row.
 */
export function comparedSide(
  model: ComparedModel,
  dataset: DatasetName,
  target: Float64Array,
  scores: Float64Array,
  indices: Uint32Array,
): ComparedSide | null {
  // log loss and Brier score in the same pass that counts the rows, summed in row order as
  // logLoss and brierScore sum them (so the same numbers); filteredClfCurve checks the values
  let n = 0
  let loss = 0
  let squares = 0
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!
    const y = target[i]!
    const p = scores[i]!
    if (Number.isNaN(y) || Number.isNaN(p)) continue
    n++
    loss += logLossTerm(y, p)
    squares += (y - p) * (y - p)
  }
  if (n === 0) return null
  const curve = filteredClfCurve(target, scores, indices)
  return {
    model,
    dataset,
    rows: n,
    curve,
    roc: rocFromClfCurve(curve),
    pr: precisionRecallFromClfCurve(curve),
    roc_auc: aucFromClfCurve(curve),
    average_precision: averagePrecisionFromClfCurve(curve),
    log_loss: loss / n,
    brier_score: squares / n,
  }
}

export interface SideAtThreshold {
  confusion: ConfusionCounts
  accuracy: number
  precision: number
  recall: number
  f1_score: number
}

/** The confusion matrix of `score >= threshold` and its scores: O(log n) from the sorted curve. */
export function sideAtThreshold(side: ComparedSide, threshold: number): SideAtThreshold {
  const confusion = confusionFromCurve(side.curve, threshold)
  const s = scoresFromConfusion(confusion)
  return {
    confusion,
    accuracy: s.accuracy,
    precision: s.precision,
    recall: s.recall,
    f1_score: s.f1,
  }
}

export type ComparedMetric =
  | 'roc_auc'
  | 'average_precision'
  | 'log_loss'
  | 'brier_score'
  | 'accuracy'
  | 'precision'
  | 'recall'
  | 'f1_score'

/** The table's rows, in order, with the direction that is better. */
export const COMPARED_METRICS: readonly {
  metric: ComparedMetric
  higherIsBetter: boolean
  atThreshold: boolean
}[] = [
  { metric: 'roc_auc', higherIsBetter: true, atThreshold: false },
  { metric: 'average_precision', higherIsBetter: true, atThreshold: false },
  { metric: 'log_loss', higherIsBetter: false, atThreshold: false },
  { metric: 'brier_score', higherIsBetter: false, atThreshold: false },
  { metric: 'accuracy', higherIsBetter: true, atThreshold: true },
  { metric: 'precision', higherIsBetter: true, atThreshold: true },
  { metric: 'recall', higherIsBetter: true, atThreshold: true },
  { metric: 'f1_score', higherIsBetter: true, atThreshold: true },
]

/** A metric's value for a side at the threshold. */
export function metricValue(side: ComparedSide, metric: ComparedMetric, threshold: number): number {
  switch (metric) {
    case 'roc_auc':
    case 'average_precision':
    case 'log_loss':
    case 'brier_score':
      return side[metric]
    default:
      return sideAtThreshold(side, threshold)[metric]
  }
}
