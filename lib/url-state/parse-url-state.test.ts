import { describe, expect, it } from 'vitest'
import { parseUrlState } from './parse-url-state'
import { DEFAULT_URL_STATE } from './url-state'

describe('parseUrlState', () => {
  it('gives the defaults and no issue for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, issues: [] })
  })

  it('reads every parameter', () => {
    const { state, issues } = parseUrlState(
      'threshold=0.35&model=kobe-shots%40prod&run=0a1b2c&dataset=prod&period=4,2&period=5' +
        '&playoffs=1&season_from=2000-01&season_to=2005-06&zone=mid-range,Restricted%20Area&lang=pt-BR',
    )
    expect(issues).toEqual([])
    expect(state).toEqual({
      threshold: 0.35,
      model: 'kobe-shots@prod',
      run: '0a1b2c',
      dataset: 'prod',
      period: [2, 4, 5],
      playoffs: 1,
      seasonFrom: '2000-01',
      seasonTo: '2005-06',
      zone: ['Restricted Area', 'Mid-Range'],
      lang: 'pt-BR',
    })
  })

  it('accepts the ends of the threshold range and rounds to 4 decimals', () => {
    expect(parseUrlState('threshold=0').state.threshold).toBe(0)
    expect(parseUrlState('threshold=1').state.threshold).toBe(1)
    expect(parseUrlState('threshold=.123456').state.threshold).toBe(0.1235)
    expect(parseUrlState('playoffs=all').issues).toEqual([])
  })

  it.each(['abc', '', '1.5', '-0.1', '0x1', '1e-1', 'NaN', 'Infinity'])(
    'rejects threshold=%s with a notice and uses 0.5',
    (value) => {
      const { state, issues } = parseUrlState(new URLSearchParams({ threshold: value }))
      expect(state.threshold).toBe(0.5)
      expect(issues).toEqual([{ code: 'threshold', param: 'threshold', value, fallback: 0.5 }])
    },
  )

  it('drops bad list items but keeps the good ones', () => {
    const { state, issues } = parseUrlState('period=1,9,x,3&zone=paint,moon')
    expect(state.period).toEqual([1, 3])
    expect(state.zone).toEqual(['In The Paint (Non-RA)'])
    expect(issues.map((i) => `${i.code}:${i.value}`)).toEqual(['period:9', 'period:x', 'zone:moon'])
  })

  it('falls back on unknown dataset, playoffs and language', () => {
    const { state, issues } = parseUrlState('dataset=test&playoffs=yes&lang=fr')
    expect([state.dataset, state.playoffs, state.lang]).toEqual(['both', 'all', 'en'])
    expect(issues.map((i) => [i.code, i.value, i.fallback])).toEqual([
      ['dataset', 'test', 'both'],
      ['playoffs', 'yes', 'all'],
      ['lang', 'fr', 'en'],
    ])
  })

  it('rejects malformed seasons and swaps a reversed range', () => {
    expect(parseUrlState('season_from=2000-02').issues[0]).toMatchObject({
      code: 'season',
      param: 'season_from',
      value: '2000-02',
    })
    const { state, issues } = parseUrlState('season_from=2010-11&season_to=2001-02')
    expect([state.seasonFrom, state.seasonTo]).toEqual(['2001-02', '2010-11'])
    expect(issues).toEqual([
      { code: 'seasonOrder', param: 'season_from', value: '2010-11 > 2001-02', fallback: '' },
    ])
  })

  it('uses the first of repeated single values and says so', () => {
    const { state, issues } = parseUrlState('threshold=0.3&threshold=0.7')
    expect(state.threshold).toBe(0.3)
    expect(issues).toEqual([
      { code: 'repeated', param: 'threshold', value: '0.3,0.7', fallback: '0.3' },
    ])
  })

  it('rejects empty and over-long model or run names', () => {
    const { state, issues } = parseUrlState(`model=%20&run=${'a'.repeat(201)}`)
    expect([state.model, state.run]).toEqual([null, null])
    expect(issues.map((i) => i.param)).toEqual(['model', 'run'])
  })
})
