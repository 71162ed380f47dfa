import type { BinaryClfCurve } from '../../metrics/binary-clf-curve'
import { scoresFromConfusion } from '../../metrics/classification-scores'
import { confusionFromCurve } from '../../metrics/confusion-from-curve'
import type { ConfusionCounts } from '../../metrics/confusion-matrix'

/** The confusion matrix at one threshold and the rates a reader compares between datasets. */
export interface ThresholdMetrics extends ConfusionCounts {
  threshold: number
  precision: number
  recall: number
  f1: number
  accuracy: number
  /** true negative rate tn / (tn + fp); 0 without negatives (zero_division = 0) */
  specificity: number
  /** false positive rate fp / (fp + tn), the ROC x; 0 without negatives */
  fpr: number
  /** rows predicted made, tp + fp */
  predictedPositive: number
  total: number
}

/** Everything at `threshold`, read from the sorted curve in O(log n): cheap on every slider move. */
export function thresholdMetrics(curve: BinaryClfCurve, threshold: number): ThresholdMetrics {
  const counts = confusionFromCurve(curve, threshold)
  const { tp, fp, tn, fn } = counts
  const negatives = tn + fp
  return {
    ...counts,
    ...scoresFromConfusion(counts),
    threshold,
    specificity: negatives === 0 ? 0 : tn / negatives,
    fpr: negatives === 0 ? 0 : fp / negatives,
    predictedPositive: tp + fp,
    total: tp + fp + tn + fn,
  }
}
