import { binnedShares } from '../../drift/binned-shares'
import type { DriftRow } from '../../drift/drift-table'
import { histogramForPlot, type PlotHistogram } from '../../drift/histogram-for-plot'
import type { CategoryKey } from '../../drift/value-counts'
import { integerHistogram } from './integer-histogram'

export type FeatureDistribution =
  | { kind: 'histogram'; column: string; histogram: PlotHistogram }
  | {
      kind: 'categories'
      column: string
      keys: CategoryKey[]
      /** share of each category in dev / prod */
      reference: number[]
      current: number[]
      referenceCount: number
      currentCount: number
    }

/**
 * What to draw for one feature: shares per value for a categorical column (period, playoffs),
 * integer-aligned bins for an integer numerical column (minutes_remaining, shot_distance), and
 * 30 equal bins for a float column (the build's `prebuilt` histogram when given, i.e. unfiltered).
 */
export function featureDistribution(
  row: Pick<DriftRow, 'column' | 'type' | 'dtype'>,
  reference: Float64Array,
  current: Float64Array,
  prebuilt: PlotHistogram | null,
): FeatureDistribution {
  const column = row.column
  if (row.type === 'categorical') {
    const shares = binnedShares(reference, current, 'categorical')
    const count = (sample: Float64Array) => {
      let n = 0
      for (let i = 0; i < sample.length; i++) if (Number.isFinite(sample[i]!)) n++
      return n
    }
    return {
      kind: 'categories',
      column,
      keys: shares.keys ?? [],
      reference: Array.from(shares.reference),
      current: Array.from(shares.current),
      referenceCount: count(reference),
      currentCount: count(current),
    }
  }
  if (row.dtype === 'int') {
    return { kind: 'histogram', column, histogram: integerHistogram(reference, current) }
  }
  return {
    kind: 'histogram',
    column,
    histogram: prebuilt ?? histogramForPlot(reference, current, 30),
  }
}
