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
 * applyIsotonic for scores given in non-increasing order: the knot is found by searching down
 * from the last one found (galloping, then halving), so a pass over n sorted scores costs
 * O(n log(knots / n)) and never reads knots it skips: a chunk of a few thousand prod rows
 * against a calibrator of 100,000 knots (a dev of 200,000 distinct scores) reads a few thousand
 * knots per draw, not all of them. Gives exactly applyIsotonic's values.
 */
export function isotonicDescending(calibrator: IsotonicCalibrator): (score: number) => number {
  const { x, y } = calibrator
  const m = x.length
  // x[hi - 1] <= score < x[hi] for the last score; scores only go down, so hi only goes down
  let hi = m - 1
  return (score) => {
    if (score >= x[m - 1]!) return y[m - 1]!
    if (score <= x[0]!) return y[0]!
    if (hi > 1 && x[hi - 1]! > score) {
      // the new hi is the largest h < hi with x[h - 1] <= score (h = 1 holds: score > x[0])
      let above = hi
      let step = 1
      let below = hi - 1
      while (below > 1 && x[below - 1]! > score) {
        above = below
        step *= 2
        below = Math.max(1, above - step)
      }
      while (above - below > 1) {
        const mid = (below + above) >>> 1
        if (x[mid - 1]! > score) above = mid
        else below = mid
      }
      hi = below
    }
    const lo = hi - 1
    const t = (score - x[lo]!) / (x[hi]! - x[lo]!)
    return y[lo]! + t * (y[hi]! - y[lo]!)
  }
}
