import type { ConfusionCounts } from '../../metrics/confusion-matrix'

export type ConfusionMode = 'counts' | 'normalised'

/**
 * The 2 × 2 matrix as drawn: rows = actual (made, missed), columns = predicted (made, missed),
 * so the top-left cell is the true positives. `share` is normalised by true class: each row sums
 * to 1 (0 for a class with no shot).
 */
export interface ConfusionCells {
  counts: [[number, number], [number, number]]
  share: [[number, number], [number, number]]
  total: number
}

export function confusionCells({ tp, fn, fp, tn }: ConfusionCounts): ConfusionCells {
  const made = tp + fn
  const missed = fp + tn
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d)
  return {
    counts: [
      [tp, fn],
      [fp, tn],
    ],
    share: [
      [ratio(tp, made), ratio(fn, made)],
      [ratio(fp, missed), ratio(tn, missed)],
    ],
    total: made + missed,
  }
}
