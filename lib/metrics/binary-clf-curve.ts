import { descendingScoreOrder } from './descending-score-order'
import { checkBinaryInput } from './metrics-input-error'

/**
 * Cumulative true and false positives at each distinct score, scores in decreasing order: the
 * base of the ROC and precision-recall curves (scikit-learn's `_binary_clf_curve`). Row i counts
 * the samples with `score >= thresholds[i]`. Ties share one row, so tied scores never split.
 */
export interface BinaryClfCurve {
  fps: Float64Array
  tps: Float64Array
  /** distinct scores, decreasing */
  thresholds: Float64Array
}

export function binaryClfCurve(yTrue: ArrayLike<number>, score: ArrayLike<number>): BinaryClfCurve {
  checkBinaryInput(yTrue, score)
  const n = score.length
  const order = new Uint32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  return clfCurveFromOrder(yTrue, score, descendingScoreOrder(score, order))
}

/**
 * The curve of the samples `order` lists, already sorted by decreasing score (indices into
 * `yTrue` and `score`, which the caller has checked: 0/1 outcomes, finite scores). Lets a caller
 * that sorted once read the curve of any subset in one pass, without sorting again.
 */
export function clfCurveFromOrder(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
  order: Uint32Array,
): BinaryClfCurve {
  const n = order.length
  const fps = new Float64Array(n)
  const tps = new Float64Array(n)
  const thresholds = new Float64Array(n)
  let m = 0
  let tp = 0
  for (let k = 0; k < n; k++) {
    const i = order[k]!
    tp += yTrue[i]!
    const next = order[k + 1]
    if (next === undefined || score[next] !== score[i]) {
      tps[m] = tp
      fps[m] = k + 1 - tp
      thresholds[m++] = score[i]!
    }
  }
  return { fps: fps.slice(0, m), tps: tps.slice(0, m), thresholds: thresholds.slice(0, m) }
}
