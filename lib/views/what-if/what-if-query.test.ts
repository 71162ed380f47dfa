import { describe, expect, it } from 'vitest'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import { readWhatIfQuery, writeWhatIfQuery } from './what-if-query'

const spec = (name: string, value: number): FeatureSpec => ({
  name,
  label: name,
  unit: '',
  min: 0,
  max: 100,
  step: 1,
  integer: true,
  default: value,
  train: null,
})
const specs = [spec('period', 3), spec('shot_distance', 4)]

describe('readWhatIfQuery', () => {
  it('reads wi_ parameters and defaults the rest', () => {
    expect(readWhatIfQuery('threshold=0.3&wi_shot_distance=25&wi_shot=%2012%20', specs)).toEqual({
      raw: { period: '3', shot_distance: '25' },
      shotId: '12',
      fromUrl: true,
    })
    expect(readWhatIfQuery('', specs)).toEqual({
      raw: { period: '3', shot_distance: '4' },
      shotId: null,
      fromUrl: false,
    })
  })
})

describe('writeWhatIfQuery', () => {
  it('writes the form first, keeps other parameters, and round-trips even invalid text', () => {
    const query = writeWhatIfQuery(
      'wi_period=9&threshold=0.3&zone=paint,mid-range',
      specs,
      { period: '2', shot_distance: 'far away' },
      '77',
    )
    expect(query).toBe(
      'wi_period=2&wi_shot_distance=far%20away&wi_shot=77&threshold=0.3&zone=paint,mid-range',
    )
    expect(readWhatIfQuery(query, specs)).toEqual({
      raw: { period: '2', shot_distance: 'far away' },
      shotId: '77',
      fromUrl: true,
    })
    expect(writeWhatIfQuery(query, specs, { period: '1', shot_distance: '0' }, null)).toBe(
      'wi_period=1&wi_shot_distance=0&threshold=0.3&zone=paint,mid-range',
    )
  })
})
