import { binaryClfCurve, type BinaryClfCurve } from './binary-clf-curve'

/**
 * Area under the ROC curve (scikit-learn's `roc_auc_score` for binary labels): trapezoids over
 * the distinct scores, so tied scores count one half. NaN when only one class is present,
 * where scikit-learn raises.
 */
export function rocAuc(yTrue: ArrayLike<number>, score: ArrayLike<number>): number {
  return aucFromClfCurve(binaryClfCurve(yTrue, score))
}

export function aucFromClfCurve({ fps, tps }: BinaryClfCurve): number {
  const m = fps.length
  const positives = m > 0 ? tps[m - 1]! : 0
  const negatives = m > 0 ? fps[m - 1]! : 0
  if (positives === 0 || negatives === 0) return NaN
  let area = 0
  let prevFp = 0
  let prevTp = 0
  for (let i = 0; i < m; i++) {
    area += (fps[i]! - prevFp) * (tps[i]! + prevTp)
    prevFp = fps[i]!
    prevTp = tps[i]!
  }
  return area / (2 * positives * negatives)
}
