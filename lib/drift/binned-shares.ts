import { DriftInputError } from './drift-input-error'
import { histogramCounts, sturgesBinEdges } from './histogram-bin-edges'
import { prepareSample, sampleSize, type DriftCell, type PreparedSample } from './prepared-sample'
import { countDistinctSorted, unionKeys, valueCounts, type CategoryKey } from './value-counts'

export type FeatureType = 'numerical' | 'categorical'

/** Shares of a reference and a current sample over common bins (Evidently's `get_binned_data`). */
export interface BinnedShares {
  /** 'histogram': Sturges bins over the pooled range; 'values': one bin per distinct value */
  kind: 'histogram' | 'values'
  /** bin edges (histogram) */
  edges: Float64Array | null
  /** bin keys, ascending (values) */
  keys: CategoryKey[] | null
  /** count / sample size per bin; no zero filling */
  reference: Float64Array
  current: Float64Array
}

/** Evidently bins a numerical column on a histogram only when the reference has > 20 values. */
export const HISTOGRAM_MIN_DISTINCT = 20

/**
 * Evidently's binning on cleaned samples: a numerical column whose reference has more than 20
 * distinct values gets `np.histogram_bin_edges(concat(ref, cur), bins='sturges')`; anything else
 * gets one bin per distinct value over the union. Shares are count / sample size.
 */
export function binnedSharesPrepared(
  reference: PreparedSample,
  current: PreparedSample,
  featureType: FeatureType,
): BinnedShares {
  if (
    featureType === 'numerical' &&
    reference.kind === 'numeric' &&
    current.kind === 'numeric' &&
    countDistinctSorted(reference.sorted, HISTOGRAM_MIN_DISTINCT + 1) > HISTOGRAM_MIN_DISTINCT
  ) {
    const ref = reference.sorted
    const cur = current.sorted
    const min = cur.length ? Math.min(ref[0]!, cur[0]!) : ref[0]!
    const max = cur.length
      ? Math.max(ref[ref.length - 1]!, cur[cur.length - 1]!)
      : ref[ref.length - 1]!
    const edges = sturgesBinEdges(min, max, ref.length + cur.length)
    const share = (counts: Float64Array, size: number) => counts.map((count) => count / size)
    return {
      kind: 'histogram',
      edges,
      keys: null,
      reference: share(histogramCounts(ref, edges), ref.length),
      current: share(histogramCounts(cur, edges), cur.length),
    }
  }
  const refCounts = valueCounts(reference)
  const curCounts = valueCounts(current)
  const keys = unionKeys(refCounts, curCounts)
  const refSize = sampleSize(reference)
  const curSize = sampleSize(current)
  return {
    kind: 'values',
    edges: null,
    keys,
    reference: Float64Array.from(keys, (key) => (refCounts.get(key) ?? 0) / refSize),
    current: Float64Array.from(keys, (key) => (curCounts.get(key) ?? 0) / curSize),
  }
}

/** `binnedSharesPrepared` on raw samples (null/NaN/±Infinity dropped first). */
export function binnedShares(
  reference: ArrayLike<DriftCell>,
  current: ArrayLike<DriftCell>,
  featureType: FeatureType,
): BinnedShares {
  const ref = prepareSample(reference, 'reference')
  const cur = prepareSample(current, 'current')
  if (sampleSize(ref) === 0 || sampleSize(cur) === 0) {
    throw new DriftInputError(
      `binned shares: empty ${sampleSize(ref) === 0 ? 'reference' : 'current'} sample after dropping missing values`,
    )
  }
  return binnedSharesPrepared(ref, cur, featureType)
}

/**
 * Evidently's zero filling for PSI: empty bins get 0.0001, or (smallest non-zero share) / 1e6
 * when that smallest share is <= 0.0001. Returns a new array.
 */
export function fillZeroShares(shares: Float64Array): Float64Array {
  let smallest = Infinity
  for (const share of shares) if (share !== 0 && share < smallest) smallest = share
  const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001
  return shares.map((share) => (share === 0 ? fill : share))
}
