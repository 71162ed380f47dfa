import type { BinaryClfCurve } from '../../metrics/binary-clf-curve'

/**
 * Average precision (scikit-learn's `average_precision_score`): the precision at each distinct
 * score weighted by the recall it adds, Σ (Rₖ − Rₖ₋₁) Pₖ, a step integral of the PR curve with
 * no interpolation. NaN without positives (undefined; scikit-learn warns).
 */
export function averagePrecisionFromClfCurve({ tps, fps }: BinaryClfCurve): number {
  const m = tps.length
  const positives = m > 0 ? tps[m - 1]! : 0
  if (positives === 0) return NaN
  let sum = 0
  let previousTp = 0
  for (let k = 0; k < m; k++) {
    const tp = tps[k]!
    if (tp !== previousTp) sum += ((tp - previousTp) * tp) / (tp + fps[k]!)
    previousTp = tp
  }
  return sum / positives
}
