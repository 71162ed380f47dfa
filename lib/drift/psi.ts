import { CompensatedSum } from './compensated-sum'
import { binnedShares, fillZeroShares, type BinnedShares, type FeatureType } from './binned-shares'
import type { DriftCell } from './prepared-sample'

/**
 * Population Stability Index on Evidently's binning: zero shares filled (see `fillZeroShares`),
 * then Σ (ref - cur) ln(ref / cur).
 */
export function psiFromShares(shares: Pick<BinnedShares, 'reference' | 'current'>): number {
  const ref = fillZeroShares(shares.reference)
  const cur = fillZeroShares(shares.current)
  const total = new CompensatedSum()
  for (let i = 0; i < ref.length; i++) {
    total.add((ref[i]! - cur[i]!) * Math.log(ref[i]! / cur[i]!))
  }
  return total.value
}

/** Evidently's PSI on raw samples (null/NaN/±Infinity dropped first). */
export function psi(
  reference: ArrayLike<DriftCell>,
  current: ArrayLike<DriftCell>,
  featureType: FeatureType = 'numerical',
): number {
  return psiFromShares(binnedShares(reference, current, featureType))
}
