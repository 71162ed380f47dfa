import type { BinaryClfCurve } from './binary-clf-curve'
import type { ConfusionCounts } from './confusion-matrix'

/**
 * Confusion matrix of `score >= threshold` read from a precomputed curve by binary search:
 * O(log n) per threshold, for a slider that moves many times over the same scores.
 */
export function confusionFromCurve(curve: BinaryClfCurve, threshold: number): ConfusionCounts {
  const { fps, tps, thresholds } = curve
  const m = thresholds.length
  const positives = m > 0 ? tps[m - 1]! : 0
  const negatives = m > 0 ? fps[m - 1]! : 0
  // last index whose (decreasing) threshold is still >= the cut
  let lo = 0
  let hi = m
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (thresholds[mid]! >= threshold) lo = mid + 1
    else hi = mid
  }
  const tp = lo > 0 ? tps[lo - 1]! : 0
  const fp = lo > 0 ? fps[lo - 1]! : 0
  return { tp, fp, tn: negatives - fp, fn: positives - tp }
}
