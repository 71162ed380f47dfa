import { binaryClfCurve, type BinaryClfCurve } from './binary-clf-curve'

export interface PrecisionRecallCurve {
  /** one more value than thresholds: the last point is (recall 0, precision 1) */
  precision: Float64Array
  recall: Float64Array
  /** increasing, like scikit-learn */
  thresholds: Float64Array
}

/**
 * Precision-recall pairs like scikit-learn 1.2's `precision_recall_curve`: one point per distinct
 * score in increasing order, then (recall 0, precision 1). Precision with no predicted positive
 * is 0; without any positive sample recall is 1 everywhere (scikit-learn warns and does the same).
 */
export function precisionRecallCurve(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
): PrecisionRecallCurve {
  return precisionRecallFromClfCurve(binaryClfCurve(yTrue, score))
}

export function precisionRecallFromClfCurve({
  fps,
  tps,
  thresholds,
}: BinaryClfCurve): PrecisionRecallCurve {
  const m = fps.length
  const positives = m > 0 ? tps[m - 1]! : 0
  const precision = new Float64Array(m + 1)
  const recall = new Float64Array(m + 1)
  const out = new Float64Array(m)
  for (let i = 0; i < m; i++) {
    const k = m - 1 - i
    const predicted = tps[i]! + fps[i]!
    precision[k] = predicted === 0 ? 0 : tps[i]! / predicted
    recall[k] = positives === 0 ? 1 : tps[i]! / positives
    out[k] = thresholds[i]!
  }
  precision[m] = 1
  recall[m] = 0
  return { precision, recall, thresholds: out }
}
