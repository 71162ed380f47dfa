import { CompensatedSum } from './compensated-sum'
import { DriftInputError } from './drift-input-error'
import type { PreparedSample } from './prepared-sample'
import { chiSquareSf } from './special/incomplete-gamma'
import { sampleSize } from './prepared-sample'
import { unionKeys, valueCounts } from './value-counts'

export interface ChiSquareResult {
  statistic: number
  pValue: number
  dof: number
}

/**
 * Evidently's chi-square drift test on per-category counts aligned by key: expected = reference
 * count × (n_cur / n_ref), then `scipy.stats.chisquare(current, expected)`: Σ (obs - exp)² / exp
 * with k - 1 degrees of freedom; p from the chi-square survival function. A category absent from
 * the reference makes the statistic infinite (p = 0); a single category gives dof 0 and p NaN.
 */
export function chiSquareTest(
  refCounts: ArrayLike<number>,
  curCounts: ArrayLike<number>,
): ChiSquareResult {
  if (refCounts.length !== curCounts.length) {
    throw new DriftInputError(
      `chisquare: ${refCounts.length} reference counts but ${curCounts.length} current counts`,
    )
  }
  let nRef = 0
  let nCur = 0
  for (let i = 0; i < refCounts.length; i++) {
    nRef += refCounts[i]!
    nCur += curCounts[i]!
  }
  if (!(nRef > 0) || !(nCur > 0)) {
    throw new DriftInputError(`chisquare: empty ${nRef > 0 ? 'current' : 'reference'} counts`)
  }
  const scale = nCur / nRef
  const statistic = new CompensatedSum()
  for (let i = 0; i < refCounts.length; i++) {
    const expected = refCounts[i]! * scale
    const diff = curCounts[i]! - expected
    statistic.add((diff * diff) / expected)
  }
  const dof = refCounts.length - 1
  return { statistic: statistic.value, pValue: chiSquareSf(statistic.value, dof), dof }
}

/** `chiSquareTest` on cleaned samples, one category per distinct value over both. */
export function chiSquareTestSamples(
  reference: PreparedSample,
  current: PreparedSample,
): ChiSquareResult {
  if (sampleSize(reference) === 0 || sampleSize(current) === 0) {
    throw new DriftInputError('chisquare: empty sample after dropping missing values')
  }
  const ref = valueCounts(reference)
  const cur = valueCounts(current)
  const keys = unionKeys(ref, cur)
  return chiSquareTest(
    keys.map((key) => ref.get(key) ?? 0),
    keys.map((key) => cur.get(key) ?? 0),
  )
}
