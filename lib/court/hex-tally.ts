import type { HexLattice } from './hex-lattice'

/**
 * Per-hexagon sums over the selected rows of a lattice's points, in typed arrays: one pass over
 * the rows, no object per shot, so a million shots add up in a few milliseconds. `rows` are
 * indices into the lattice's points (a filter's rows); null means every point.
 */
export interface HexSums {
  /** number of finite values per hexagon, and their sum */
  valued: Uint32Array
  sum: Float64Array
}

const each = (rows: ArrayLike<number> | null, n: number) => (rows ? rows.length : n)

/** Shots per hexagon. */
export function countHexes(lattice: HexLattice, rows: ArrayLike<number> | null): Uint32Array {
  const { cellOf } = lattice
  const count = new Uint32Array(lattice.cx.length)
  const n = each(rows, cellOf.length)
  for (let k = 0; k < n; k++) {
    const c = cellOf[rows ? (rows[k] as number) : k] as number
    if (c >= 0) count[c] = (count[c] as number) + 1
  }
  return count
}

/** Sum and number of the finite `values` (one per point) per hexagon; NaN is skipped. */
export function sumHexes(
  lattice: HexLattice,
  rows: ArrayLike<number> | null,
  values: ArrayLike<number>,
): HexSums {
  const { cellOf } = lattice
  const valued = new Uint32Array(lattice.cx.length)
  const sum = new Float64Array(lattice.cx.length)
  const n = each(rows, cellOf.length)
  for (let k = 0; k < n; k++) {
    const i = rows ? (rows[k] as number) : k
    const c = cellOf[i] as number
    const v = values[i] as number
    if (c < 0 || !Number.isFinite(v)) continue
    valued[c] = (valued[c] as number) + 1
    sum[c] = (sum[c] as number) + v
  }
  return { valued, sum }
}

/**
 * Misclassified shots per hexagon at a threshold (predicted made when P(made) ≥ threshold):
 * `sum` counts the errors (FP + FN), `valued` the labelled shots with a probability, so
 * sum / valued is the hexagon's error share.
 */
export function errorHexes(
  lattice: HexLattice,
  rows: ArrayLike<number> | null,
  target: ArrayLike<number>,
  probability: ArrayLike<number>,
  threshold: number,
): HexSums {
  const { cellOf } = lattice
  const valued = new Uint32Array(lattice.cx.length)
  const sum = new Float64Array(lattice.cx.length)
  const n = each(rows, cellOf.length)
  for (let k = 0; k < n; k++) {
    const i = rows ? (rows[k] as number) : k
    const c = cellOf[i] as number
    const y = target[i] as number
    const p = probability[i] as number
    if (c < 0 || (y !== 0 && y !== 1) || Number.isNaN(p)) continue
    valued[c] = (valued[c] as number) + 1
    if (p >= threshold !== (y === 1)) sum[c] = (sum[c] as number) + 1
  }
  return { valued, sum }
}
