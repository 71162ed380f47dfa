import { checkBinaryInput, MetricsInputError } from '../metrics/metrics-input-error'

/** One bin of a reliability diagram. */
export interface CalibrationBin {
  lower: number
  upper: number
  count: number
  /** mean predicted probability in the bin (scikit-learn's prob_pred) */
  meanPredicted: number
  /** share of positives in the bin (scikit-learn's prob_true) */
  fractionPositive: number
}

export interface CalibrationError {
  /** Σ_m |B_m|/N · |fraction positive − mean predicted| over non-empty bins */
  ece: number
  /** max_m |fraction positive − mean predicted| over non-empty bins */
  mce: number
  nBins: number
  /** non-empty bins only, as scikit-learn's calibration_curve returns them */
  bins: CalibrationBin[]
}

/** The binning, in words, for reports and logged params. */
export const CALIBRATION_BINNING =
  '10 equal-width bins on [0, 1], as scikit-learn calibration_curve(strategy="uniform"): ' +
  'a score on an inner edge falls in the lower bin'

/**
 * Expected and maximum calibration error on equal-width bins, binned exactly as scikit-learn's
 * `calibration_curve(y, p, n_bins, strategy="uniform")`: bin = searchsorted(edges[1:-1], p,
 * side="left"), so p = 0.1 lies in the first bin; empty bins are left out. Scores must be in
 * [0, 1] (a MetricsInputError names the first that is not).
 */
export function calibrationError(
  yTrue: ArrayLike<number>,
  pPositive: ArrayLike<number>,
  nBins = 10,
): CalibrationError {
  checkBinaryInput(yTrue, pPositive, 'pPositive')
  const n = yTrue.length
  if (n === 0) throw new MetricsInputError('calibration error of an empty sample')
  const count = new Float64Array(nBins)
  const sumP = new Float64Array(nBins)
  const sumY = new Float64Array(nBins)
  // numpy's linspace(0, 1, nBins + 1): k · (1 / nBins), so the third edge of 10 is 0.30000000000000004
  const step = 1 / nBins
  const inner = Array.from({ length: nBins - 1 }, (_, k) => (k + 1) * step)
  for (let i = 0; i < n; i++) {
    const p = pPositive[i]!
    if (p < 0 || p > 1) {
      throw new MetricsInputError(`pPositive[${i}] is ${p}, expected a probability in [0, 1]`)
    }
    // searchsorted(inner, p, 'left'): the number of inner edges strictly below p
    let lo = 0
    let hi = inner.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (inner[mid]! < p) lo = mid + 1
      else hi = mid
    }
    count[lo]!++
    sumP[lo]! += p
    sumY[lo]! += yTrue[i]!
  }
  const bins: CalibrationBin[] = []
  let ece = 0
  let mce = 0
  for (let b = 0; b < nBins; b++) {
    const c = count[b]!
    if (c === 0) continue
    const meanPredicted = sumP[b]! / c
    const fractionPositive = sumY[b]! / c
    const gap = Math.abs(fractionPositive - meanPredicted)
    ece += (c / n) * gap
    mce = Math.max(mce, gap)
    bins.push({
      lower: b * step,
      upper: b + 1 === nBins ? 1 : (b + 1) * step,
      count: c,
      meanPredicted,
      fractionPositive,
    })
  }
  return { ece, mce, nBins, bins }
}
