import type { UrlState } from './url-state'

/** The columns of a shot that the shared filters look at (raw data column names). */
export interface ShotFilterRow {
  period: number | null
  playoffs: number | null
  season: string | null
  shot_zone_basic: string | null
}

type ShotFilters = Pick<UrlState, 'period' | 'playoffs' | 'seasonFrom' | 'seasonTo' | 'zone'>

/** One test per filtered column of a shot (null = that column is not filtered). */
export type ShotFieldTests = {
  [K in keyof ShotFilterRow]: ((value: ShotFilterRow[K]) => boolean) | null
}

/**
 * The shared shot filters of the URL state as one test per column, so a caller can check a
 * column at a time (and each distinct value once). Empty lists and nulls do not filter; a null
 * in a filtered column does not match.
 */
export function shotFieldTests(filters: ShotFilters): ShotFieldTests {
  const periods = filters.period.length > 0 ? new Set(filters.period) : null
  const zones = filters.zone.length > 0 ? new Set<string>(filters.zone) : null
  const { playoffs, seasonFrom, seasonTo } = filters
  return {
    period: periods && ((v) => v !== null && periods.has(v)),
    playoffs: playoffs === 'all' ? null : (v) => v === playoffs,
    season:
      seasonFrom === null && seasonTo === null
        ? null
        : (v) =>
            v !== null &&
            (seasonFrom === null || v >= seasonFrom) &&
            (seasonTo === null || v <= seasonTo),
    shot_zone_basic: zones && ((v) => v !== null && zones.has(v)),
  }
}

/** A predicate for the shared shot filters of the URL state, over a whole row. */
export function makeShotFilter(filters: ShotFilters): (row: ShotFilterRow) => boolean {
  const tests = shotFieldTests(filters)
  return (row) =>
    (tests.period === null || tests.period(row.period)) &&
    (tests.playoffs === null || tests.playoffs(row.playoffs)) &&
    (tests.season === null || tests.season(row.season)) &&
    (tests.shot_zone_basic === null || tests.shot_zone_basic(row.shot_zone_basic))
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
