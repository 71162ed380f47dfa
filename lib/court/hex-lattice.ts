import { HexbinError, hexCentre, hexIndex, hexKey } from './hexbin'

/**
 * Which hexagon each point falls in, found once per set of positions (a file's shots), so a
 * filter or threshold change only adds up typed arrays (`hex-tally`) instead of placing a
 * million points again. Hexagons are the occupied cells of hexbin's lattice, numbered in row
 * then column order (hexbin's order).
 */
export interface HexLattice {
  radius: number
  /** hexagon of point i, or -1 when its position is not finite */
  cellOf: Int32Array
  /** centre of hexagon c, in the points' units */
  cx: Float64Array
  cy: Float64Array
  /** packed (column, row) → hexagon, for finding the hexagon under a pointer */
  byKey: ReadonlyMap<number, number>
}

export function hexLattice(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  radius: number,
): HexLattice {
  if (!(radius > 0) || !Number.isFinite(radius))
    throw new HexbinError(`radius must be a positive number, got ${radius}`)
  if (xs.length !== ys.length)
    throw new HexbinError(`x has ${xs.length} points but y has ${ys.length}`)
  const n = xs.length
  const keyOf = new Float64Array(n)
  const seen = new Set<number>()
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number
    const y = ys[i] as number
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      keyOf[i] = Number.NaN
      continue
    }
    const [col, row] = hexIndex(x, y, radius)
    const key = hexKey(col, row)
    keyOf[i] = key
    seen.add(key)
  }
  const keys = [...seen].sort((a, b) => a - b)
  const byKey = new Map<number, number>()
  const cx = new Float64Array(keys.length)
  const cy = new Float64Array(keys.length)
  keys.forEach((key, c) => {
    byKey.set(key, c)
    const row = Math.floor(key / 2_097_152) - 1_048_576
    const col = key - (row + 1_048_576) * 2_097_152 - 1_048_576
    const [x, y] = hexCentre(col, row, radius)
    cx[c] = x
    cy[c] = y
  })
  const cellOf = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const key = keyOf[i] as number
    cellOf[i] = Number.isNaN(key) ? -1 : (byKey.get(key) as number)
  }
  return { radius, cellOf, cx, cy, byKey }
}

/** The occupied hexagon containing (x, y), or -1. */
export function latticeCellAt(lattice: HexLattice, x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return -1
  const [col, row] = hexIndex(x, y, lattice.radius)
  return lattice.byKey.get(hexKey(col, row)) ?? -1
}
