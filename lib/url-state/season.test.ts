import { describe, expect, it } from 'vitest'
import { isSeason, KOBE_SEASONS, seasonsBetween, seasonStartingIn } from './season'

describe('seasons', () => {
  it('recognises consecutive-year seasons, including the century turn', () => {
    expect(['1996-97', '1999-00', '2015-16'].map(isSeason)).toEqual([true, true, true])
    expect(['2015-17', '2015', '15-16', '2015-16 ', ''].map(isSeason)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
    expect(seasonStartingIn(1999)).toBe('1999-00')
  })

  it('lists the seasons of a range', () => {
    expect(seasonsBetween('1998-99', '2001-02')).toEqual([
      '1998-99',
      '1999-00',
      '2000-01',
      '2001-02',
    ])
    expect(KOBE_SEASONS).toHaveLength(20)
    expect(KOBE_SEASONS[0]).toBe('1996-97')
    expect(KOBE_SEASONS[19]).toBe('2015-16')
    expect(() => seasonsBetween('1998', '2001-02')).toThrow(
      'season: "1998" is not a season like 2000-01',
    )
  })
})
