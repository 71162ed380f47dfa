import { CompensatedSum } from './compensated-sum'

/** A sample's size, mean and sum of squared deviations from the mean. */
export interface SampleMoments {
  count: number
  mean: number
  squares: number
}

/**
 * Mean and sum of squared deviations, two-pass with compensated sums like numpy/pandas: computed
 * once for a sample that needs its mean and both standard deviations (summary, normed
 * Wasserstein).
 */
export function sampleMoments(values: Float64Array): SampleMoments {
  const sum = new CompensatedSum()
  for (let i = 0; i < values.length; i++) sum.add(values[i]!)
  const average = sum.value / values.length
  const squares = new CompensatedSum()
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i]! - average
    squares.add(deviation * deviation)
  }
  return { count: values.length, mean: average, squares: squares.value }
}

/** Standard deviation with divisor n - ddof from a sample's moments (NaN when n <= ddof). */
export function deviationFromMoments(moments: SampleMoments, ddof: number): number {
  const n = moments.count
  return n - ddof <= 0 ? NaN : Math.sqrt(moments.squares / (n - ddof))
}

/**
 * Standard deviation with divisor n - ddof, two-pass like numpy/pandas. ddof = 0 is `np.std`,
 * which Evidently uses to normalise the Wasserstein distance.
 */
export function standardDeviation(values: Float64Array, ddof = 0): number {
  return values.length - ddof <= 0 ? NaN : deviationFromMoments(sampleMoments(values), ddof)
}
