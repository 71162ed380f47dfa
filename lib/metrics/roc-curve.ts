import { binaryClfCurve, type BinaryClfCurve } from './binary-clf-curve'

export interface RocCurve {
  fpr: Float64Array
  tpr: Float64Array
  /** decreasing; the first is `max score + 1` (scikit-learn 1.2), so no sample reaches it */
  thresholds: Float64Array
}

/**
 * ROC curve like scikit-learn 1.2's `roc_curve`: starts at (0, 0); with `dropIntermediate`
 * (the default) points on a straight segment are removed. Without positives (or negatives) the
 * tpr (or fpr) is NaN, as scikit-learn returns after its warning.
 */
export function rocCurve(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
  options: { dropIntermediate?: boolean } = {},
): RocCurve {
  return rocFromClfCurve(binaryClfCurve(yTrue, score), options)
}

export function rocFromClfCurve(
  curve: BinaryClfCurve,
  { dropIntermediate = true }: { dropIntermediate?: boolean } = {},
): RocCurve {
  const { fps, tps, thresholds } = curve
  const m = fps.length
  const keep = new Uint32Array(m)
  let kept = 0
  for (let i = 0; i < m; i++) {
    const inner = dropIntermediate && m > 2 && i > 0 && i < m - 1
    const bends =
      !inner ||
      fps[i - 1]! - 2 * fps[i]! + fps[i + 1]! !== 0 ||
      tps[i - 1]! - 2 * tps[i]! + tps[i + 1]! !== 0
    if (bends) keep[kept++] = i
  }
  const positives = m > 0 ? tps[m - 1]! : 0
  const negatives = m > 0 ? fps[m - 1]! : 0
  const fpr = new Float64Array(kept + 1)
  const tpr = new Float64Array(kept + 1)
  const out = new Float64Array(kept + 1)
  fpr[0] = negatives > 0 ? 0 : NaN
  tpr[0] = positives > 0 ? 0 : NaN
  out[0] = m > 0 ? thresholds[0]! + 1 : 1
  for (let k = 0; k < kept; k++) {
    const i = keep[k]!
    fpr[k + 1] = fps[i]! / negatives
    tpr[k + 1] = tps[i]! / positives
    out[k + 1] = thresholds[i]!
  }
  return { fpr, tpr, thresholds: out }
}
