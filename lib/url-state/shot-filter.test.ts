import { describe, expect, it } from 'vitest'
import { hasShotFilters, makeShotFilter, type ShotFilterRow } from './shot-filter'
import { DEFAULT_URL_STATE } from './url-state'

const rows: ShotFilterRow[] = [
  { period: 1, playoffs: 0, season: '2000-01', shot_zone_basic: 'Mid-Range' },
  { period: 4, playoffs: 1, season: '2008-09', shot_zone_basic: 'Restricted Area' },
  { period: 5, playoffs: 0, season: '1996-97', shot_zone_basic: 'Above the Break 3' },
  { period: null, playoffs: null, season: null, shot_zone_basic: null },
]

describe('makeShotFilter', () => {
  it('keeps every row without filters', () => {
    expect(rows.filter(makeShotFilter(DEFAULT_URL_STATE))).toHaveLength(4)
    expect(hasShotFilters(DEFAULT_URL_STATE)).toBe(false)
  })

  it('combines period, playoffs, season range and zone', () => {
    const pick = (f: Partial<typeof DEFAULT_URL_STATE>) =>
      rows
        .map(makeShotFilter({ ...DEFAULT_URL_STATE, ...f }))
        .map(Number)
        .join('')
    expect(pick({ period: [4, 5] })).toBe('0110')
    expect(pick({ playoffs: 0 })).toBe('1010')
    expect(pick({ playoffs: 1 })).toBe('0100')
    expect(pick({ seasonFrom: '2000-01' })).toBe('1100')
    expect(pick({ seasonTo: '2000-01' })).toBe('1010')
    expect(pick({ seasonFrom: '2000-01', seasonTo: '2000-01' })).toBe('1000')
    expect(pick({ zone: ['Restricted Area', 'Mid-Range'] })).toBe('1100')
    expect(pick({ zone: ['Mid-Range'], playoffs: 1 })).toBe('0000')
    expect(hasShotFilters({ ...DEFAULT_URL_STATE, seasonTo: '2000-01' })).toBe(true)
  })
})
