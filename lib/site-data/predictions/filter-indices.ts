import { makeShotFilter } from '../../url-state/shot-filter'
import type { UrlState } from '../../url-state/url-state'
import type { PredictionsData } from '../../predictions/types'

type ShotFilters = Pick<UrlState, 'period' | 'playoffs' | 'seasonFrom' | 'seasonTo' | 'zone'>

const numberOrNull = (values: Float64Array | undefined, i: number) => {
  const v = values?.[i]
  return v === undefined || Number.isNaN(v) ? null : v
}
const stringOrNull = (values: (string | number | null)[] | undefined, i: number) => {
  const v = values?.[i]
  return v === undefined || v === null ? null : String(v)
}

/**
 * Indices of the rows that pass the shared sidebar filters. A filter on a column the file does
 * not have keeps every row (the sidebar hides such filters), so a missing column never empties
 * the page.
 */
export function filterIndices(data: PredictionsData, filters: ShotFilters): Uint32Array {
  const has = {
    period: data.features.period !== undefined,
    playoffs: data.features.playoffs !== undefined,
    season: data.context.season !== undefined,
    zone: data.context.shot_zone_basic !== undefined,
  }
  const keep = makeShotFilter({
    period: has.period ? filters.period : [],
    playoffs: has.playoffs ? filters.playoffs : 'all',
    seasonFrom: has.season ? filters.seasonFrom : null,
    seasonTo: has.season ? filters.seasonTo : null,
    zone: has.zone ? filters.zone : [],
  })
  const n = data.target.length
  const out = new Uint32Array(n)
  let count = 0
  for (let i = 0; i < n; i++) {
    const row = {
      period: numberOrNull(data.features.period, i),
      playoffs: numberOrNull(data.features.playoffs, i),
      season: stringOrNull(data.context.season, i),
      shot_zone_basic: stringOrNull(data.context.shot_zone_basic, i),
    }
    if (keep(row)) out[count++] = i
  }
  return out.slice(0, count)
}
