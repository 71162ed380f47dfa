import type { PredictionsData } from '../../predictions/types'
import type { SnapshotFilterOptions } from './snapshot-types'

function distinctSorted<T extends number | string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The values the sidebar filters can offer, over every dataset given. */
export function collectFilterOptions(
  datasets: (PredictionsData | undefined)[],
): SnapshotFilterOptions {
  const periods: number[] = []
  const playoffs: number[] = []
  const seasons: string[] = []
  const zones: string[] = []
  for (const data of datasets) {
    if (!data) continue
    for (const v of data.features.period ?? []) if (!Number.isNaN(v)) periods.push(v)
    for (const v of data.features.playoffs ?? []) if (!Number.isNaN(v)) playoffs.push(v)
    for (const v of data.context.season ?? []) if (typeof v === 'string') seasons.push(v)
    for (const v of data.context.shot_zone_basic ?? []) if (typeof v === 'string') zones.push(v)
  }
  return {
    periods: distinctSorted(periods),
    playoffs: distinctSorted(playoffs),
    seasons: distinctSorted(seasons),
    zones: distinctSorted(zones),
  }
}
