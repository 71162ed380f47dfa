import { regularizedGammaP, regularizedGammaQ } from './incomplete-gamma'

/** Error function, via erf(x) = sign(x) P(1/2, x²). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN
  const value = regularizedGammaP(0.5, x * x)
  return x < 0 ? -value : value
}

/** Complementary error function, via erfc(x) = Q(1/2, x²) for x >= 0. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN
  const upper = regularizedGammaQ(0.5, x * x)
  return x < 0 ? 2 - upper : upper
}

/**
 * Standard normal CDF with scipy's `ndtr` branch structure (erf near 0, erfc in the tails), so that
 * expressions such as `1 - normalCdf(z)` round the same way as in Python.
 */
export function normalCdf(z: number): number {
  const x = z * Math.SQRT1_2
  const ax = Math.abs(x)
  let y: number
  if (ax < Math.SQRT1_2) y = 0.5 + 0.5 * erf(x)
  else {
    y = 0.5 * erfc(ax)
    if (x > 0) y = 1 - y
  }
  return y
}
