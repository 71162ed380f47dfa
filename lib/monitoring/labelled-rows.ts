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
  const keep: number[] = []
  for (let k = 0; k < n; k++) {
    const i = indices ? indices[k]! : k
    const y = target[i]!
    if ((y === 0 || y === 1) && Number.isFinite(probability[i]!)) keep.push(i)
  }
  return {
    y: Float64Array.from(keep, (i) => target[i]!),
    p: Float64Array.from(keep, (i) => probability[i]!),
    index: Uint32Array.from(keep),
  }
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
