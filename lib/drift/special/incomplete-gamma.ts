import { logGamma } from './log-gamma'

const EPSILON = 1e-16
const MAX_ITERATIONS = 100_000
const TINY = 1e-300

/** x^a e^-x / Γ(a), computed in logs. */
function prefactor(a: number, x: number): number {
  return Math.exp(a * Math.log(x) - x - logGamma(a))
}

/** Power series of P(a, x) / prefactor, converges fast for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a
  let sum = term
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n)
    sum += term
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break
  }
  return sum
}

/** Continued fraction of Q(a, x) / prefactor (modified Lentz), converges fast for x >= a + 1. */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPSILON) break
  }
  return h
}

/** Regularised lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), a > 0, x >= 0. */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN
  if (x === 0) return 0
  if (x === Infinity) return 1
  if (x < a + 1) return prefactor(a, x) * lowerSeries(a, x)
  return 1 - prefactor(a, x) * upperContinuedFraction(a, x)
}

/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a) (scipy `gammaincc`). */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN
  if (x === 0) return 1
  if (x === Infinity) return 0
  if (x < a + 1) return 1 - prefactor(a, x) * lowerSeries(a, x)
  return prefactor(a, x) * upperContinuedFraction(a, x)
}

/** Survival function of the chi-square distribution (scipy `chi2.sf` / `chdtrc`). */
export function chiSquareSf(statistic: number, dof: number): number {
  if (Number.isNaN(statistic) || !(dof > 0)) return NaN
  if (statistic <= 0) return 1
  return regularizedGammaQ(dof / 2, statistic / 2)
}
