/** One non-empty bin of a reliability diagram. */
export interface ReliabilityBin {
  /** mean P(made) of the bin's shots (x) */
  meanPredicted: number
  /** share of the bin's shots that were made (y) */
  fractionPositive: number
  count: number
  lower: number
  upper: number
}

/**
 * scikit-learn's `calibration_curve(strategy="uniform")`: `bins` equal bins over [0, 1], a
 * score on an inner edge goes to the lower bin (`np.searchsorted(edges[1:-1], p)`), and empty
 * bins are left out.
 */
export function reliabilityBins(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
  bins = 10,
): ReliabilityBin[] {
  // numpy's linspace(0, 1, bins + 1): k · (1 / bins)
  const step = 1 / bins
  const edges = Float64Array.from({ length: bins + 1 }, (_, k) => (k === bins ? 1 : k * step))
  const sums = new Float64Array(bins)
  const positives = new Float64Array(bins)
  const counts = new Float64Array(bins)
  for (let i = 0; i < score.length; i++) {
    const s = score[i]!
    // bin b holds edges[b] < s <= edges[b + 1] (bin 0 also s <= 0, the last also s > 1)
    let bin = Math.min(bins - 1, Math.max(0, Math.ceil(s * bins) - 1))
    while (bin > 0 && s <= edges[bin]!) bin--
    while (bin < bins - 1 && s > edges[bin + 1]!) bin++
    sums[bin] = sums[bin]! + s
    positives[bin] = positives[bin]! + yTrue[i]!
    counts[bin] = counts[bin]! + 1
  }
  const out: ReliabilityBin[] = []
  for (let b = 0; b < bins; b++) {
    const count = counts[b]!
    if (count === 0) continue
    out.push({
      meanPredicted: sums[b]! / count,
      fractionPositive: positives[b]! / count,
      count,
      lower: edges[b]!,
      upper: edges[b + 1]!,
    })
  }
  return out
}
