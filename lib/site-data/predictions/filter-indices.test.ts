import { describe, expect, it } from 'vitest'
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
