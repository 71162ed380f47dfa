import { assertNonEmpty, finiteSorted } from './finite-sorted'
import { ksTwoSampleExact } from './ks-exact'
import { ksStatisticSorted } from './ks-statistic'
import { roundHalfEven } from './round-half-even'
import { kstwoSf } from './special/kstwo-sf'

/** scipy 1.10 `ks_2samp(method='auto')` tries the exact distribution up to this sample size. */
export const KS_MAX_EXACT_N = 10_000

export interface KsResult {
  statistic: number
  pValue: number
  method: 'exact' | 'asymp'
  location: number
  sign: 1 | -1
}

/**
 * Two-sided two-sample Kolmogorov-Smirnov test on ascending finite samples, matching
 * `scipy.stats.ks_2samp(a, b)` of scipy 1.10: exact when max(n1, n2) <= 10000 (falling back to
 * asymptotic if the exact sum fails), otherwise `kstwo.sf(d, round(n1 n2 / (n1 + n2)))`.
 */
export function ks2sampSorted(a: Float64Array, b: Float64Array): KsResult {
  assertNonEmpty(a, 'ks_2samp first sample')
  assertNonEmpty(b, 'ks_2samp second sample')
  const n1 = a.length
  const n2 = b.length
  const { statistic: raw, location, sign } = ksStatisticSorted(a, b)
  return { ...ksPValue(n1, n2, raw), location, sign }
}

/**
 * scipy 1.10's p-value of a two-sided KS statistic `raw` between samples of sizes n1, n2 (the
 * statistic snapped to the exact lattice when the exact method runs). For callers that have the
 * statistic without the samples (the DuckDB engine computes it from the two ECDFs).
 */
export function ksPValue(
  n1: number,
  n2: number,
  raw: number,
): Pick<KsResult, 'statistic' | 'pValue' | 'method'> {
  let statistic = raw
  if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
    const exact = ksTwoSampleExact(n1, n2, raw)
    statistic = exact.statistic
    if (exact.pValue !== null) return { statistic, pValue: exact.pValue, method: 'exact' }
  }
  const big = Math.max(n1, n2)
  const small = Math.min(n1, n2)
  const en = (big * small) / (big + small)
  const pValue = Math.min(1, Math.max(0, kstwoSf(statistic, roundHalfEven(en))))
  return { statistic, pValue, method: 'asymp' }
}

/** `ks2sampSorted` on raw samples: NaN/±Infinity/null are dropped first and reported. */
export function ks2samp(
  a: ArrayLike<number | null>,
  b: ArrayLike<number | null>,
): KsResult & { dropped: [number, number] } {
  const left = finiteSorted(a, 'ks_2samp first sample')
  const right = finiteSorted(b, 'ks_2samp second sample')
  return { ...ks2sampSorted(left.sorted, right.sorted), dropped: [left.dropped, right.dropped] }
}
