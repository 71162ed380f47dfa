import { binaryMetrics, type BinaryMetrics } from './binary-metrics'

/**
 * Exact binary metrics over the rows that have both a label and a probability (NaN marks a
 * missing one); null metrics when there are none. `n` is how many rows counted.
 */
export function labelledMetrics(
  target: ArrayLike<number>,
  probability: ArrayLike<number>,
): { metrics: BinaryMetrics | null; n: number } {
  const y: number[] = []
  const p: number[] = []
  for (let i = 0; i < target.length; i++) {
    if (!Number.isNaN(target[i]!) && !Number.isNaN(probability[i]!)) {
      y.push(target[i]!)
      p.push(probability[i]!)
    }
  }
  return { metrics: y.length > 0 ? binaryMetrics(y, p) : null, n: y.length }
}
