/** scikit-learn's FEATURE_THRESHOLD: values closer than this are not split apart */
const FEATURE_THRESHOLD = 1e-7

export interface GiniSplit {
  feature: number
  /** samples with value ≤ threshold go left */
  threshold: number
  /** position in the node's segment where the right child starts */
  pos: number
}

/**
 * Best Gini split of one node, as scikit-learn's BestSplitter (min_samples_leaf = 1): for each
 * feature, every boundary between distinct sorted values is a candidate; the proxy improvement
 * −n_r·gini_r − n_l·gini_l is computed with the same floating-point expression, so the same
 * split wins. On exact ties the lower feature index wins (scikit-learn visits features in a
 * random order). Returns null when every feature is constant on the node.
 */
export function giniBestSplit(
  values: readonly Float32Array[],
  order: readonly Uint32Array[],
  y: ArrayLike<number>,
  start: number,
  end: number,
  positives: number,
): GiniSplit | null {
  const total = end - start
  let bestProxy = -Infinity
  let best: GiniSplit | null = null
  for (let f = 0; f < values.length; f++) {
    const col = values[f]!
    const idx = order[f]!
    if (col[idx[end - 1]!]! <= col[idx[start]!]! + FEATURE_THRESHOLD) continue
    let posLeft = 0
    for (let k = start; k < end - 1; k++) {
      posLeft += y[idx[k]!]!
      const here = col[idx[k]!]!
      const next = col[idx[k + 1]!]!
      if (next <= here + FEATURE_THRESHOLD) continue
      const nLeft = k + 1 - start
      const nRight = total - nLeft
      const negLeft = nLeft - posLeft
      const posRight = positives - posLeft
      const negRight = nRight - posRight
      const giniLeft = 1.0 - (negLeft * negLeft + posLeft * posLeft) / (nLeft * nLeft)
      const giniRight = 1.0 - (negRight * negRight + posRight * posRight) / (nRight * nRight)
      const proxy = -nRight * giniRight - nLeft * giniLeft
      if (proxy > bestProxy) {
        bestProxy = proxy
        let threshold = here / 2.0 + next / 2.0
        if (threshold === next || !Number.isFinite(threshold)) threshold = here
        best = { feature: f, threshold, pos: k + 1 }
      }
    }
  }
  return best
}
