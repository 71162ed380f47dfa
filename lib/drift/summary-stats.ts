import { deviationFromMoments, sampleMoments, type SampleMoments } from './sample-moments'

export interface SummaryStats {
  count: number
  mean: number
  /** sample standard deviation (ddof = 1, as pandas `describe`) */
  std: number
  min: number
  max: number
  /** quantiles at 5, 25, 50, 75, 95 % (numpy's default linear interpolation) */
  quantiles: { p05: number; p25: number; p50: number; p75: number; p95: number }
}

/** `np.quantile(sorted, q)` with the default 'linear' method, on ascending data. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  return quantileOfOrdered(sorted.length, q, (i) => sorted[i]!)
}

/**
 * `np.quantile` (linear) of n ordered values known only through `at(i)`, the i-th smallest
 * (0-based): the DuckDB engine asks for the two order statistics instead of holding the sample.
 */
export function quantileOfOrdered(n: number, q: number, at: (i: number) => number): number {
  if (n === 0) return NaN
  const position = q * (n - 1)
  const lower = Math.floor(position)
  const upper = Math.min(lower + 1, n - 1)
  const fraction = position - lower
  const a = at(lower)
  const b = at(upper)
  // numpy's _lerp: a + (b - a) t, computed from the upper end when t >= 0.5
  const diff = b - a
  return fraction >= 0.5 ? b - diff * (1 - fraction) : a + diff * fraction
}

/**
 * count, mean, std, min, max and quantiles of an ascending finite sample (NaN when empty);
 * `moments` when the caller already has them.
 */
export function summaryStats(
  sorted: Float64Array,
  moments: SampleMoments = sampleMoments(sorted),
): SummaryStats {
  const q = (p: number) => quantileSorted(sorted, p)
  return {
    count: sorted.length,
    mean: moments.mean,
    std: deviationFromMoments(moments, 1),
    min: sorted.length ? sorted[0]! : NaN,
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    quantiles: { p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) },
  }
}
