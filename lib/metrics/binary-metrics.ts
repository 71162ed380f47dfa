import { brierScore } from './brier-score'
import { binaryClfCurve } from './binary-clf-curve'
import { scoresFromConfusion } from './classification-scores'
import { confusionFromCurve } from './confusion-from-curve'
import { logLoss } from './log-loss'
import { aucFromClfCurve } from './roc-auc'

/** The metrics the pipeline logs, named as they appear in MLflow. */
export interface BinaryMetrics {
  log_loss: number
  f1_score: number
  accuracy: number
  precision: number
  recall: number
  /** NaN when only one class is present */
  roc_auc: number
  brier_score: number
}

/** All pipeline metrics of P(class 1) against 0/1 labels; labels are `score >= threshold`. */
export function binaryMetrics(
  yTrue: ArrayLike<number>,
  pPositive: ArrayLike<number>,
  threshold = 0.5,
): BinaryMetrics {
  const curve = binaryClfCurve(yTrue, pPositive)
  const scores = scoresFromConfusion(confusionFromCurve(curve, threshold))
  return {
    log_loss: logLoss(yTrue, pPositive),
    f1_score: scores.f1,
    accuracy: scores.accuracy,
    precision: scores.precision,
    recall: scores.recall,
    roc_auc: aucFromClfCurve(curve),
    brier_score: brierScore(yTrue, pPositive),
  }
}
