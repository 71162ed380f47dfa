import { logGamma } from './log-gamma'

/**
 * One-sided Kolmogorov-Smirnov survival function Pr(D+_n >= x) for a sample of size n (scipy
 * `special.smirnov`), by the exact Birnbaum-Tingey sum
 *   x · Σ_{v=0}^{⌊n(1-x)⌋} C(n, v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v),
 * every term evaluated in logs so large n neither overflows nor loses relative precision.
 */
export function smirnov(n: number, x: number): number {
  if (!(n > 0) || !(x >= 0 && x <= 1)) return NaN
  if (x === 0) return 1
  if (x === 1) return 0
  const last = Math.floor(n * (1 - x))
  const logFactorialN = logGamma(n + 1)
  const logX = Math.log(x)
  let sum = 0
  for (let v = 0; v <= last; v++) {
    const xv = x + v / n
    const rest = 1 - xv
    if (!(rest > 0)) continue
    const logTerm =
      logFactorialN -
      logGamma(v + 1) -
      logGamma(n - v + 1) +
      (v - 1) * Math.log(xv) +
      (n - v) * Math.log(rest) +
      logX
    if (logTerm > -745) sum += Math.exp(logTerm)
  }
  return Math.min(sum, 1)
}
