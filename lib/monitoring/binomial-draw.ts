import { logGamma } from '../drift/special/log-gamma'
import type { SeededStream } from '../model/seeded-random'

/**
 * One Binomial(n, p) draw from one uniform of the stream: the CDF inverted over the values taken
 * from the mode outward (the mode, then alternately the next value above and below), so a draw
 * costs about 1.6 standard deviations of steps (about 110 for n = 20,000 and p = 1/4), not n
 * Bernoulli draws. Exact but for floating-point rounding of the probabilities (the mode's from
 * ln Γ, the others by the ratio pmf(k + 1) / pmf(k) = (n − k) p / ((k + 1) q)).
 */
export function binomialDraw(n: number, p: number, stream: SeededStream): number {
  if (n <= 0 || !(p > 0)) return 0
  if (p >= 1) return n
  const q = 1 - p
  const mode = Math.min(n, Math.floor((n + 1) * p))
  const atMode = Math.exp(
    logGamma(n + 1) -
      logGamma(mode + 1) -
      logGamma(n - mode + 1) +
      mode * Math.log(p) +
      (n - mode) * Math.log(q),
  )
  let u = stream.random() - atMode
  if (u < 0) return mode
  const odds = p / q
  let lo = mode
  let hi = mode
  let atLo = atMode
  let atHi = atMode
  while (lo > 0 || hi < n) {
    if (hi < n) {
      atHi *= ((n - hi) / (hi + 1)) * odds
      hi++
      u -= atHi
      if (u < 0) return hi
    }
    if (lo > 0) {
      atLo *= lo / ((n - lo + 1) * odds)
      lo--
      u -= atLo
      if (u < 0) return lo
    }
  }
  // u beyond the probabilities' rounded sum (by less than 1e-12): the mode
  return mode
}

/**
 * Counts of `draws` rows drawn with replacement from cells holding `counts` rows each, as
 * Multinomial(draws, counts / Σcounts) by one binomial per cell but the last (each of the rows
 * left, among the cells left), written into `out`.
 */
export function multinomialDraw(
  draws: number,
  counts: ArrayLike<number>,
  stream: SeededStream,
  out: Int32Array,
): Int32Array {
  let left = draws
  let rest = 0
  for (let j = 0; j < counts.length; j++) rest += counts[j]!
  for (let j = 0; j < counts.length - 1; j++) {
    const k = rest > 0 ? binomialDraw(left, counts[j]! / rest, stream) : 0
    out[j] = k
    left -= k
    rest -= counts[j]!
  }
  if (counts.length) out[counts.length - 1] = left
  return out
}
