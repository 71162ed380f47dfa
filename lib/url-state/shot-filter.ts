import type { UrlState } from './url-state'

/** The columns of a shot that the shared filters look at (raw data column names). */
export interface ShotFilterRow {
  period: number | null
  playoffs: number | null
  season: string | null
  shot_zone_basic: string | null
}

type ShotFilters = Pick<UrlState, 'period' | 'playoffs' | 'seasonFrom' | 'seasonTo' | 'zone'>

/**
 * A predicate for the shared shot filters of the URL state. Empty lists and nulls do not filter;
 * a row with a null in a filtered column does not match.
 */
export function makeShotFilter(filters: ShotFilters): (row: ShotFilterRow) => boolean {
  const periods = filters.period.length > 0 ? new Set(filters.period) : null
  const zones = filters.zone.length > 0 ? new Set<string>(filters.zone) : null
  const { playoffs, seasonFrom, seasonTo } = filters
  return (row) => {
    if (periods && (row.period === null || !periods.has(row.period))) return false
    if (playoffs !== 'all' && row.playoffs !== playoffs) return false
    if (seasonFrom !== null && (row.season === null || row.season < seasonFrom)) return false
    if (seasonTo !== null && (row.season === null || row.season > seasonTo)) return false
    if (zones && (row.shot_zone_basic === null || !zones.has(row.shot_zone_basic))) return false
    return true
  }
}

/** True when any shared shot filter is set (for a "Reset filters" button). */
export function hasShotFilters(filters: ShotFilters): boolean {
  return (
    filters.period.length > 0 ||
    filters.playoffs !== 'all' ||
    filters.seasonFrom !== null ||
    filters.seasonTo !== null ||
    filters.zone.length > 0
  )
}
