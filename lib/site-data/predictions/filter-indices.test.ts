import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadPredictionsFile } from '../../predictions/load-predictions'
import { makeShotFilter } from '../../url-state/shot-filter'
import { DEFAULT_URL_STATE } from '../../url-state/url-state'
import type { PredictionsData } from '../../predictions/types'
import { filterIndices } from './filter-indices'

const data: PredictionsData = {
  target: new Float64Array([1, 0, NaN, 1, 0]),
  probability: new Float64Array([0.6, 0.4, 0.5, 0.3, 0.2]),
  label: null,
  features: {
    period: new Float64Array([1, 2, 3, 4, NaN]),
    playoffs: new Float64Array([0, 1, 0, 1, 0]),
  },
  context: {
    season: ['2000-01', '2001-02', '2002-03', null, '2005-06'],
    shot_zone_basic: [
      'Mid-Range',
      'Restricted Area',
      'Mid-Range',
      'Mid-Range',
      'Above the Break 3',
    ],
  },
}
const none = { ...DEFAULT_URL_STATE }

describe('filterIndices', () => {
  it('keeps every row without filters', () => {
    expect(Array.from(filterIndices(data, none))).toEqual([0, 1, 2, 3, 4])
  })

  it('combines period, playoffs, season range and zone', () => {
    expect(Array.from(filterIndices(data, { ...none, period: [1, 2, 3] }))).toEqual([0, 1, 2])
    expect(Array.from(filterIndices(data, { ...none, playoffs: 1 }))).toEqual([1, 3])
    expect(
      Array.from(filterIndices(data, { ...none, seasonFrom: '2001-02', seasonTo: '2005-06' })),
    ).toEqual([1, 2, 4])
    expect(Array.from(filterIndices(data, { ...none, zone: ['Mid-Range'], playoffs: 0 }))).toEqual([
      0, 2,
    ])
  })

  it('ignores a filter on a column the file lacks', () => {
    const noSeason = { ...data, context: { shot_zone_basic: data.context.shot_zone_basic! } }
    expect(filterIndices(noSeason, { ...none, seasonFrom: '2003-04' })).toHaveLength(5)
  })
})

describe('filterIndices on the Kobe prod predictions', () => {
  it('keeps exactly the rows the row-by-row predicate keeps', async () => {
    const prod = fileURLToPath(
      new URL('../../../data/output/predictions_prod.parquet', import.meta.url),
    )
    const { data } = await loadPredictionsFile(prod)
    const n = data.target.length
    const filters = [
      { ...none, period: [1] },
      { ...none, period: [2, 4], playoffs: 1 as const },
      { ...none, seasonFrom: '2003-04', seasonTo: '2008-09' },
      {
        ...none,
        zone: ['Above the Break 3', 'Left Corner 3'] as typeof none.zone,
        playoffs: 0 as const,
      },
    ]
    const counts: number[] = []
    for (const f of filters) {
      const keep = makeShotFilter(f)
      const expected: number[] = []
      for (let i = 0; i < n; i++) {
        const period = data.features.period?.[i]
        const playoffs = data.features.playoffs?.[i]
        const season = data.context.season?.[i]
        const zone = data.context.shot_zone_basic?.[i]
        const row = {
          period: period === undefined || Number.isNaN(period) ? null : period,
          playoffs: playoffs === undefined || Number.isNaN(playoffs) ? null : playoffs,
          season: season === undefined || season === null ? null : String(season),
          shot_zone_basic: zone === undefined || zone === null ? null : String(zone),
        }
        if (keep(row)) expected.push(i)
      }
      expect(Array.from(filterIndices(data, f))).toEqual(expected)
      counts.push(expected.length)
    }
    expect(counts[0]).toBe(1333) // the Q1 prod shots the court e2e test counts
    expect(counts.every((c) => c > 0 && c < n)).toBe(true)
  })
})
