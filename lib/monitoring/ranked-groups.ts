import { descendingScoreOrder } from '../metrics/descending-score-order'

/**
 * Rows sorted by decreasing score with tied scores grouped (the order of scikit-learn's
 * `_binary_clf_curve`): computed once, reused for every resample of the labels.
 */
export interface RankedGroups {
  order: Uint32Array
  /** end (exclusive) in `order` of each group of tied scores */
  ends: Uint32Array
}

export function rankedGroups(score: ArrayLike<number>): RankedGroups {
  const n = score.length
  const order = new Uint32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  // tied scores in increasing row order, as the stable comparator sort left them
  descendingScoreOrder(score, order)
  const ends: number[] = []
  for (let k = 0; k < n; k++) {
    const next = order[k + 1]
    if (next === undefined || score[next] !== score[order[k]!]) ends.push(k + 1)
  }
  return { order, ends: Uint32Array.from(ends) }
}

/**
 * Cumulative (weighted) positives and negatives per group: with weights w_i = P(y_i = 1) they are
 * the expected curve CBPE integrates; with 0/1 labels they are the realised curve.
 */
export function cumulativeCounts(
  groups: RankedGroups,
  positiveWeight: ArrayLike<number>,
): { tps: Float64Array; fps: Float64Array } {
  const m = groups.ends.length
  const tps = new Float64Array(m)
  const fps = new Float64Array(m)
  let tp = 0
  let fp = 0
  let k = 0
  for (let g = 0; g < m; g++) {
    for (const end = groups.ends[g]!; k < end; k++) {
      const w = positiveWeight[groups.order[k]!]!
      tp += w
      fp += 1 - w
    }
    tps[g] = tp
    fps[g] = fp
  }
  return { tps, fps }
}
