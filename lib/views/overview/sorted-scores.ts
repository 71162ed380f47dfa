/**
 * The P(made) of the filtered rows that have one, ascending, with their mean: the share of
 * shots predicted made at any threshold is then one binary search (O(log n) per slider move).
 */
export interface SortedScores {
  /** ascending; rows without a valid probability are left out */
  values: Float64Array
  /** mean P(made); NaN without scores */
  mean: number
}

export function sortedScores(probability: Float64Array, indices: Uint32Array): SortedScores {
  const values = new Float64Array(indices.length)
  let n = 0
  let sum = 0
  for (let k = 0; k < indices.length; k++) {
    const p = probability[indices[k]!]!
    if (Number.isNaN(p)) continue
    values[n++] = p
    sum += p
  }
  const sorted = values.slice(0, n).sort()
  return { values: sorted, mean: n === 0 ? NaN : sum / n }
}

/** Rows with `score >= threshold`, the rule a predicted "made" follows. */
export function countAtOrAbove(sorted: Float64Array, threshold: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < threshold) lo = mid + 1
    else hi = mid
  }
  return sorted.length - lo
}

/** Share of rows predicted made at `threshold`; NaN without scores. */
export function shareAtOrAbove(sorted: Float64Array, threshold: number): number {
  return sorted.length === 0 ? NaN : countAtOrAbove(sorted, threshold) / sorted.length
}
