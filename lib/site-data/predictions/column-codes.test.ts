import { describe, expect, it } from 'vitest'
import { columnCodes } from './column-codes'

describe('columnCodes', () => {
  it('codes each row by its distinct value, NaN and null included', () => {
    const period = new Float64Array([2, 1, NaN, 2, 4, NaN, 1])
    const { codes, distinct } = columnCodes(period)
    expect(distinct).toEqual([2, 1, NaN, 4])
    expect(Array.from(codes)).toEqual([0, 1, 2, 0, 3, 2, 1])
    const zones = ['Mid-Range', null, 'Mid-Range', 'Restricted Area', null]
    const z = columnCodes(zones)
    expect(z.distinct).toEqual(['Mid-Range', null, 'Restricted Area'])
    expect(Array.from(z.codes)).toEqual([0, 1, 0, 2, 1])
  })

  it('is found once per column: the same object for the same array', () => {
    const season = ['2000-01', '2001-02', '2000-01']
    expect(columnCodes(season)).toBe(columnCodes(season))
    expect(columnCodes([...season])).not.toBe(columnCodes(season))
  })
})
