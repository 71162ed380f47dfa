/**
 * The points of a ROC or precision–recall curve worth plotting. Up to `MAX_CURVE_POINTS` (the
 * Kobe curves have 5,400) every point is kept; above (a large sample with nearly every score
 * distinct: 170,000 points), a point is kept when it lies at least `step` (on either unit axis)
 * from the last kept one, plus the last point: the line drawn differs from the full curve by
 * less than `step`, far under a pixel, while Plotly and the hover texts handle a few thousand
 * points instead of 170,000. The areas and every number beside the chart come from the full curve.
 */
export const MAX_CURVE_POINTS = 20_000

export function curvePoints(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  step = 0.001,
  maxPoints = MAX_CURVE_POINTS,
): Uint32Array | null {
  const n = Math.min(x.length, y.length)
  if (n <= maxPoints) return null
  const keep = new Uint32Array(n)
  let kept = 0
  let lastX = Number.NaN
  let lastY = Number.NaN
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number
    const yi = y[i] as number
    const far = !(Math.abs(xi - lastX) < step && Math.abs(yi - lastY) < step)
    if (far || i === n - 1) {
      keep[kept++] = i
      lastX = xi
      lastY = yi
    }
  }
  return keep.slice(0, kept)
}

/** `values` at the kept points (all of them when `keep` is null), as a plain array for Plotly. */
export function pickPoints<T>(values: ArrayLike<T>, keep: Uint32Array | null): T[] {
  if (!keep) return Array.from(values)
  return Array.from(keep, (i) => values[i] as T)
}
