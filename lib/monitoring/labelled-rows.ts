/** Rows that carry a 0/1 label and a finite score, copied out of a predictions file's columns. */
export interface LabelledRows {
  y: Float64Array
  p: Float64Array
  /** index of each kept row in the original columns */
  index: Uint32Array
}

/**
 * Keeps the rows of `indices` (all rows when omitted) whose target is 0 or 1 and whose
 * probability is finite: unlabelled rows (NaN target) and NaN scores are left out, never imputed.
 */
export function labelledRows(
  target: ArrayLike<number>,
  probability: ArrayLike<number>,
  indices?: ArrayLike<number>,
): LabelledRows {
  const n = indices ? indices.length : target.length
  const y = new Float64Array(n)
  const p = new Float64Array(n)
  const index = new Uint32Array(n)
  let kept = 0
  for (let k = 0; k < n; k++) {
    const i = indices ? indices[k]! : k
    const t = target[i]!
    const s = probability[i]!
    if ((t === 0 || t === 1) && Number.isFinite(s)) {
      y[kept] = t
      p[kept] = s
      index[kept++] = i
    }
  }
  return { y: y.slice(0, kept), p: p.slice(0, kept), index: index.slice(0, kept) }
}

/** Indices of the rows (of `indices`, default all) whose score is finite. */
export function scoredRows(probability: ArrayLike<number>, indices?: ArrayLike<number>): number[] {
  const n = indices ? indices.length : probability.length
  const out: number[] = []
  for (let k = 0; k < n; k++) {
    const i = indices ? indices[k]! : k
    if (Number.isFinite(probability[i]!)) out.push(i)
  }
  return out
}
