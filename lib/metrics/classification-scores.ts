import type { ConfusionCounts } from './confusion-matrix'

export interface ClassificationScores {
  accuracy: number
  precision: number
  recall: number
  f1: number
}

/**
 * Accuracy, precision, recall and F1 of a confusion matrix, with scikit-learn's
 * `zero_division=0`: a ratio whose denominator is zero is 0. Accuracy of no rows is NaN.
 */
export function scoresFromConfusion({ tp, fp, tn, fn }: ConfusionCounts): ClassificationScores {
  const total = tp + fp + tn + fn
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { accuracy: total === 0 ? NaN : (tp + tn) / total, precision, recall, f1 }
}
