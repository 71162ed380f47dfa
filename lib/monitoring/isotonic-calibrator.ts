import { MetricsInputError } from '../metrics/metrics-input-error'

/** A fitted isotonic map from scores to probabilities: knots in increasing x. */
export interface IsotonicCalibrator {
  x: Float64Array
  y: Float64Array
}

/**
 * scikit-learn's `IsotonicRegression(out_of_bounds="clip", increasing=True)` fitted on
 * (score, label), the calibrator NannyML's CBPE uses: tied scores are merged into their mean
 * label (weighted by count), then pool-adjacent-violators gives the non-decreasing fit.
 */
export function fitIsotonic(
  score: ArrayLike<number>,
  label: ArrayLike<number>,
): IsotonicCalibrator {
  const n = score.length
  if (n === 0) throw new MetricsInputError('isotonic calibration needs at least one labelled row')
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a]! - score[b]!)
  const xs: number[] = []
  const sums: number[] = []
  const weights: number[] = []
  for (const i of order) {
    const s = score[i]!
    if (xs.length && xs[xs.length - 1] === s) {
      sums[sums.length - 1]! += label[i]!
      weights[weights.length - 1]!++
    } else {
      xs.push(s)
      sums.push(label[i]!)
      weights.push(1)
    }
  }
  return poolAdjacentViolators(xs, sums, weights)
}

/**
 * The non-decreasing fit over unique scores `xs` (ascending) given each one's label sum and
 * row count: pool-adjacent-violators, blocks of [start, end) with their weighted mean.
 */
export function poolAdjacentViolators(
  xs: ArrayLike<number>,
  sums: ArrayLike<number>,
  weights: ArrayLike<number>,
): IsotonicCalibrator {
  const blockMean: number[] = []
  const blockWeight: number[] = []
  const blockEnd: number[] = []
  for (let k = 0; k < xs.length; k++) {
    let mean = sums[k]! / weights[k]!
    let weight = weights[k]!
    while (blockMean.length && blockMean[blockMean.length - 1]! >= mean) {
      const w = blockWeight.pop()!
      const mu = blockMean.pop()!
      blockEnd.pop()
      mean = (mu * w + mean * weight) / (w + weight)
      weight += w
    }
    blockMean.push(mean)
    blockWeight.push(weight)
    blockEnd.push(k + 1)
  }
  const y = new Float64Array(xs.length)
  let start = 0
  blockEnd.forEach((end, b) => {
    y.fill(blockMean[b]!, start, end)
    start = end
  })
  return { x: Float64Array.from(xs), y }
}

/** Linear interpolation between the knots, clipped to the end values outside them (as sklearn). */
export function applyIsotonic(calibrator: IsotonicCalibrator, score: number): number {
  const { x, y } = calibrator
  const m = x.length
  if (score <= x[0]!) return y[0]!
  if (score >= x[m - 1]!) return y[m - 1]!
  let lo = 0
  let hi = m - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (x[mid]! <= score) lo = mid
    else hi = mid
  }
  const t = (score - x[lo]!) / (x[hi]! - x[lo]!)
  return y[lo]! + t * (y[hi]! - y[lo]!)
}

/**
 * applyIsotonic for scores given in non-increasing order: the knot is found by walking down
 * from the last one, so a pass over n sorted scores costs O(n + knots) instead of O(n log knots).
 * Gives exactly applyIsotonic's values.
 */
export function isotonicDescending(calibrator: IsotonicCalibrator): (score: number) => number {
  const { x, y } = calibrator
  const m = x.length
  let hi = m - 1
  return (score) => {
    if (score >= x[m - 1]!) return y[m - 1]!
    if (score <= x[0]!) return y[0]!
    while (hi > 1 && x[hi - 1]! > score) hi--
    const lo = hi - 1
    const t = (score - x[lo]!) / (x[hi]! - x[lo]!)
    return y[lo]! + t * (y[hi]! - y[lo]!)
  }
}
