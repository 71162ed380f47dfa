/**
 * Hexagonal binning (pointy-top hexagons, the layout of d3-hexbin): each point goes to the
 * hexagon whose centre is nearest. Centres sit on rows `dy = 1.5 r` apart, `dx = √3 r` apart
 * within a row, odd rows shifted by dx / 2. One pass over the points, O(n). Unlike d3-hexbin, the
 * tie-break near a row boundary compares true distances (d3 compares distances in lattice units,
 * which put 412 of 20,000 uniform points in a hexagon that is not the nearest: see the test).
 */
export interface HexBin {
  /** centre, in the points' units */
  cx: number
  cy: number
  /** number of points in the hexagon */
  count: number
  /** sum and number of the finite values given for its points (NaN and missing are skipped) */
  sum: number
  valueCount: number
  /** sum / valueCount, or NaN when no point had a value */
  mean: number
}

export interface HexbinOptions {
  /** hexagon radius (centre to corner), > 0 */
  radius: number
  /** optional value per point, averaged per hexagon (e.g. predicted probability, made flag) */
  values?: ArrayLike<number | null>
}

export class HexbinError extends Error {
  constructor(message: string) {
    super(`hexbin: ${message}`)
    this.name = 'HexbinError'
  }
}

/** The (column, row) lattice index of the hexagon containing (x, y). */
export function hexIndex(x: number, y: number, radius: number): [number, number] {
  const dx = radius * Math.sqrt(3)
  const dy = radius * 1.5
  const py = y / dy
  let row = Math.round(py)
  const px = x / dx - (row & 1) / 2
  let col = Math.round(px)
  const py1 = py - row
  if (Math.abs(py1) * 3 > 1) {
    // near a row boundary: compare with the nearest centre of the neighbouring row
    const px1 = px - col
    const col2 = col + (px < col ? -1 : 1) / 2
    const row2 = row + (py < row ? -1 : 1)
    const px2 = px - col2
    const py2 = py - row2
    // compare true distances: lattice units are dx wide and dy tall (3 : 2.25 when squared)
    if (3 * px1 * px1 + 2.25 * py1 * py1 > 3 * px2 * px2 + 2.25 * py2 * py2) {
      col = col2 + ((row & 1) !== 0 ? 1 : -1) / 2
      row = row2
    }
  }
  return [col + 0, row + 0] // + 0 turns −0 into 0
}

/** (col, row) as one number; |col|, |row| < 2^20 for any sane radius. */
export function hexKey(col: number, row: number): number {
  return (row + 1_048_576) * 2_097_152 + (col + 1_048_576)
}

/** The centre of lattice hexagon (col, row). */
export function hexCentre(col: number, row: number, radius: number): [number, number] {
  return [(col + (row & 1) / 2) * radius * Math.sqrt(3), row * radius * 1.5]
}

/** Groups points into hexagons; only non-empty hexagons are returned, ordered by row then column. */
export function hexbin(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  options: HexbinOptions,
): HexBin[] {
  const { radius, values } = options
  if (!(radius > 0) || !Number.isFinite(radius))
    throw new HexbinError(`radius must be a positive number, got ${radius}`)
  if (xs.length !== ys.length)
    throw new HexbinError(`x has ${xs.length} points but y has ${ys.length}`)
  if (values && values.length !== xs.length) {
    throw new HexbinError(`values has ${values.length} entries for ${xs.length} points`)
  }
  const bins = new Map<
    number,
    { col: number; row: number; count: number; sum: number; valueCount: number }
  >()
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number
    const y = ys[i] as number
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue
    const [col, row] = hexIndex(x, y, radius)
    const key = hexKey(col, row)
    let bin = bins.get(key)
    if (!bin) {
      bin = { col, row, count: 0, sum: 0, valueCount: 0 }
      bins.set(key, bin)
    }
    bin.count++
    const value = values?.[i]
    if (value !== null && value !== undefined && Number.isFinite(value)) {
      bin.sum += value
      bin.valueCount++
    }
  }
  return [...bins.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, { col, row, count, sum, valueCount }]) => {
      const [cx, cy] = hexCentre(col, row, radius)
      return {
        cx,
        cy,
        count,
        sum,
        valueCount,
        mean: valueCount > 0 ? sum / valueCount : Number.NaN,
      }
    })
}

/** The six corners of a pointy-top hexagon, starting at the top, clockwise (y up). */
export function hexagonCorners(cx: number, cy: number, radius: number): [number, number][] {
  const corners: [number, number][] = []
  for (let k = 0; k < 6; k++) {
    const angle = (k * Math.PI) / 3
    corners.push([cx + radius * Math.sin(angle), cy + radius * Math.cos(angle)])
  }
  return corners
}
