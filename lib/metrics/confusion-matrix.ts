import { checkBinaryInput } from './metrics-input-error'

/** Counts of a binary confusion matrix; class 1 is the positive class. */
export interface ConfusionCounts {
  tp: number
  fp: number
  tn: number
  fn: number
}

/** Confusion matrix of the labels `score >= threshold` against yTrue. */
export function confusionAtThreshold(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
  threshold = 0.5,
): ConfusionCounts {
  checkBinaryInput(yTrue, score)
  let tp = 0
  let fp = 0
  let tn = 0
  let fn = 0
  for (let i = 0; i < yTrue.length; i++) {
    const predicted = score[i]! >= threshold
    if (yTrue[i] === 1) {
      if (predicted) tp++
      else fn++
    } else if (predicted) fp++
    else tn++
  }
  return { tp, fp, tn, fn }
}
