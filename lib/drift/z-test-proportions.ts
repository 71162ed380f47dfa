import { DriftInputError } from './drift-input-error'
import { prepareSample, sampleSize, type DriftCell, type PreparedSample } from './prepared-sample'
import { normalCdf } from './special/normal-cdf'
import { unionKeys, valueCounts } from './value-counts'

export interface ZTestResult {
  /** z statistic (0 when both samples hold one identical value) */
  statistic: number
  pValue: number
  /** the category whose share is compared (the smallest key) */
  category: number | string
}

/**
 * Evidently's two-proportion z-test: compares the share of the smallest category (sorted keys over
 * both samples) with a pooled variance; p = 2 (1 - Φ(|z|)). Both samples holding one identical
 * value give p = 1.
 */
export function zTestPrepared(reference: PreparedSample, current: PreparedSample): ZTestResult {
  const n1 = sampleSize(reference)
  const n2 = sampleSize(current)
  if (n1 === 0 || n2 === 0) {
    throw new DriftInputError('z test: empty sample after dropping missing values')
  }
  const ref = valueCounts(reference)
  const cur = valueCounts(current)
  const category = unionKeys(ref, cur)[0]!
  if (ref.size === 1 && cur.size === 1 && ref.has(category) && cur.has(category)) {
    return { statistic: 0, pValue: 1, category }
  }
  // Evidently codes the compared category as 0 and every other value as 1.
  const p1 = (n1 - (ref.get(category) ?? 0)) / n1
  const p2 = (n2 - (cur.get(category) ?? 0)) / n2
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))), category }
}

/** `zTestPrepared` on raw samples (null/NaN/±Infinity dropped first). */
export function zTestProportions(
  reference: ArrayLike<DriftCell>,
  current: ArrayLike<DriftCell>,
): ZTestResult {
  return zTestPrepared(prepareSample(reference, 'reference'), prepareSample(current, 'current'))
}
