import { CompensatedSum } from './compensated-sum'

/** Arithmetic mean (NaN for an empty sample). */
export function mean(values: Float64Array): number {
  const sum = new CompensatedSum()
  for (let i = 0; i < values.length; i++) sum.add(values[i]!)
  return sum.value / values.length
}

/**
 * Standard deviation with divisor n - ddof, two-pass like numpy/pandas. ddof = 0 is `np.std`,
 * which Evidently uses to normalise the Wasserstein distance.
 */
export function standardDeviation(values: Float64Array, ddof = 0): number {
  const n = values.length
  if (n - ddof <= 0) return NaN
  const average = mean(values)
  const squares = new CompensatedSum()
  for (let i = 0; i < n; i++) {
    const deviation = values[i]! - average
    squares.add(deviation * deviation)
  }
  return Math.sqrt(squares.value / (n - ddof))
}
