import { searchSorted } from './histogram-bin-edges'
import type { PreparedSample } from './prepared-sample'
import { quantileSorted } from './summary-stats'
import { valueCounts, type CategoryKey } from './value-counts'

/** How much of the current sample lies where the reference has no data. */
export type SupportCoverage =
  | {
      kind: 'range'
      referenceMin: number
      referenceMax: number
      /** current values below the reference minimum / above the reference maximum */
      below: number
      above: number
      /** (below + above) / current size */
      outsideShare: number
      /** the reference's central 99 % range [q0.5 %, q99.5 %], robust to a few outliers */
      centralLow: number
      centralHigh: number
      /** current values outside the central range, and their share */
      outsideCentral: number
      outsideCentralShare: number
    }
  | {
      kind: 'categories'
      /** categories present in current but never in the reference (at most 20 listed) */
      unseen: CategoryKey[]
      /** current values in unseen categories */
      outside: number
      outsideShare: number
    }

const MAX_LISTED = 20
/** tail mass cut on each side for the central range */
const CENTRAL_TAIL = 0.005

/**
 * Support coverage of current by reference. Numbers: the share of current values outside the
 * reference's [min, max], and outside its central 99 % range (a single outlier in the reference,
 * such as a 50 ft two-pointer, hides the shift from [min, max]). NannyML's CBPE assumes no
 * covariate shift into unseen regions; a large share means its estimates do not hold. Labels: the
 * share of current values in categories the reference never saw.
 */
export function supportCoverage(
  reference: PreparedSample,
  current: PreparedSample,
): SupportCoverage {
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const ref = reference.sorted
    const cur = current.sorted
    const referenceMin = ref.length ? ref[0]! : NaN
    const referenceMax = ref.length ? ref[ref.length - 1]! : NaN
    const below = ref.length ? searchSorted(cur, referenceMin, 'left') : 0
    const above = ref.length ? cur.length - searchSorted(cur, referenceMax, 'right') : 0
    const outsideShare = cur.length ? (below + above) / cur.length : NaN
    const centralLow = quantileSorted(ref, CENTRAL_TAIL)
    const centralHigh = quantileSorted(ref, 1 - CENTRAL_TAIL)
    const outsideCentral = ref.length
      ? searchSorted(cur, centralLow, 'left') + cur.length - searchSorted(cur, centralHigh, 'right')
      : 0
    return {
      kind: 'range',
      referenceMin,
      referenceMax,
      below,
      above,
      outsideShare,
      centralLow,
      centralHigh,
      outsideCentral,
      outsideCentralShare: cur.length ? outsideCentral / cur.length : NaN,
    }
  }
  const refCounts = valueCounts(reference)
  const unseen: CategoryKey[] = []
  let outside = 0
  let size = 0
  for (const [key, count] of valueCounts(current)) {
    size += count
    if (refCounts.has(key)) continue
    outside += count
    if (unseen.length < MAX_LISTED) unseen.push(key)
  }
  return { kind: 'categories', unseen, outside, outsideShare: size ? outside / size : NaN }
}
