import { columnCodes } from './column-codes'
import { shotFieldTests } from '../../url-state/shot-filter'
import type { UrlState } from '../../url-state/url-state'
import type { PredictionsData } from '../../predictions/types'

type ShotFilters = Pick<UrlState, 'period' | 'playoffs' | 'seasonFrom' | 'seasonTo' | 'zone'>

const numberOrNull = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v)
const stringOrNull = (v: string | number | null | undefined) =>
  v === undefined || v === null ? null : String(v)

/**
 * Clears `keep[i]` for the rows whose value fails `test`. Each distinct raw value is tested once
 * (a column holds a few periods, seasons or zones) and the column's codes are found once per
 * loaded file (columnCodes), so a filter costs one typed-array lookup per row.
 */
function applyTest<V, T>(
  keep: Uint8Array,
  values: ArrayLike<V> & object,
  toValue: (raw: V) => T,
  test: (value: T) => boolean,
): void {
  const { codes, distinct } = columnCodes(values)
  const pass = Uint8Array.from(distinct, (raw) => (test(toValue(raw)) ? 1 : 0))
  for (let i = 0; i < keep.length; i++) keep[i] = (keep[i] as number) & (pass[codes[i]!] as number)
}

/**
 * Indices of the rows that pass the shared sidebar filters, ascending. A filter on a column the
 * file does not have keeps every row (the sidebar hides such filters), so a missing column never
 * empties the page. Column by column (url-state/shot-filter's tests), without an object per row.
 */
export function filterIndices(data: PredictionsData, filters: ShotFilters): Uint32Array {
  const tests = shotFieldTests(filters)
  const n = data.target.length
  const keep = new Uint8Array(n).fill(1)
  const { period, playoffs } = data.features
  const { season, shot_zone_basic: zone } = data.context
  if (tests.period && period) applyTest(keep, period, numberOrNull, tests.period)
  if (tests.playoffs && playoffs) applyTest(keep, playoffs, numberOrNull, tests.playoffs)
  if (tests.season && season) applyTest(keep, season, stringOrNull, tests.season)
  if (tests.shot_zone_basic && zone) applyTest(keep, zone, stringOrNull, tests.shot_zone_basic)
  const out = new Uint32Array(n)
  let count = 0
  for (let i = 0; i < n; i++) if (keep[i] === 1) out[count++] = i
  return out.slice(0, count)
}
