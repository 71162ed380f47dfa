import { CompensatedSum } from './compensated-sum'
import { assertNonEmpty, finiteSorted } from './finite-sorted'
import { deviationFromMoments, sampleMoments, type SampleMoments } from './sample-moments'

/**
 * 1-D Wasserstein-1 distance between two ascending samples: ∫ |F_a(x) - F_b(x)| dx, summed over
 * the gaps between consecutive pooled values in one merge pass (scipy's `_cdf_distance(1, ...)`).
 */
export function wassersteinDistanceSorted(a: Float64Array, b: Float64Array): number {
  assertNonEmpty(a, 'wasserstein_distance first sample')
  assertNonEmpty(b, 'wasserstein_distance second sample')
  const n = a.length
  const m = b.length
  const total = new CompensatedSum()
  let i = 0
  let j = 0
  let x = Math.min(a[0]!, b[0]!)
  while (i < n || j < m) {
    while (i < n && a[i] === x) i++
    while (j < m && b[j] === x) j++
    if (i === n && j === m) break
    const next = j >= m || (i < n && a[i]! <= b[j]!) ? a[i]! : b[j]!
    total.add(Math.abs(i / n - j / m) * (next - x))
    x = next
  }
  return total.value
}

/** `scipy.stats.wasserstein_distance(a, b)` (unweighted). NaN/±Infinity/null are dropped first. */
export function wassersteinDistance(
  a: ArrayLike<number | null>,
  b: ArrayLike<number | null>,
): number {
  return wassersteinDistanceSorted(
    finiteSorted(a, 'wasserstein_distance first sample').sorted,
    finiteSorted(b, 'wasserstein_distance second sample').sorted,
  )
}

/** Evidently's floor on the reference standard deviation. */
export const MIN_NORM_STD = 0.001

/**
 * Evidently's normed Wasserstein: W1(ref, cur) / max(np.std(ref), 0.001), on ascending samples
 * (`referenceMoments` when the caller already has them).
 */
export function normedWassersteinSorted(
  reference: Float64Array,
  current: Float64Array,
  referenceMoments: SampleMoments = sampleMoments(reference),
): number {
  const norm = Math.max(deviationFromMoments(referenceMoments, 0), MIN_NORM_STD)
  return wassersteinDistanceSorted(reference, current) / norm
}

/** Evidently's normed Wasserstein on raw samples (NaN/±Infinity/null dropped first). */
export function normedWasserstein(
  reference: ArrayLike<number | null>,
  current: ArrayLike<number | null>,
): number {
  return normedWassersteinSorted(
    finiteSorted(reference, 'reference').sorted,
    finiteSorted(current, 'current').sorted,
  )
}
