const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI)

/** Stirling's series for ln Γ(x), x >= 10: absolute error below 1e-16 there. */
function stirlingLogGamma(x: number): number {
  const r = 1 / x
  const r2 = r * r
  // Bernoulli terms B_2k / (2k (2k-1)) for k = 1..7, evaluated by Horner in 1/x².
  const series =
    r *
    (1 / 12 -
      r2 *
        (1 / 360 -
          r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360 - r2 / 156))))))
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series
}

/**
 * Natural log of the gamma function for x > 0 (relative error ~1e-15). Small arguments are
 * shifted up to 10 by the recurrence Γ(x+1) = xΓ(x) and then use Stirling's series.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN
  if (x === Infinity) return Infinity
  if (x >= 10) return stirlingLogGamma(x)
  let product = 1
  let shifted = x
  while (shifted < 10) {
    product *= shifted
    shifted += 1
  }
  return stirlingLogGamma(shifted) - Math.log(product)
}
