import { describe, expect, it } from 'vitest'
import { parseUrlState } from './parse-url-state'
import { patchQuery, serialiseUrlState, toQueryString, withQuery } from './serialise-url-state'
import { DEFAULT_URL_STATE, type UrlState } from './url-state'

const FULL: UrlState = {
  threshold: 0.42,
  model: 'kobe shots@prod',
  run: 'abc123',
  dataset: 'dev',
  period: [1, 5],
  playoffs: 0,
  seasonFrom: '1999-00',
  seasonTo: '2003-04',
  zone: ['Mid-Range', 'Backcourt'],
  lang: 'pt-BR',
}

describe('serialiseUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serialiseUrlState(DEFAULT_URL_STATE)).toBe('')
  })

  it('writes every non-default value in a fixed order with readable lists', () => {
    expect(serialiseUrlState(FULL)).toBe(
      'threshold=0.42&model=kobe%20shots%40prod&run=abc123&dataset=dev&period=1,5&playoffs=0' +
        '&season_from=1999-00&season_to=2003-04&zone=mid-range,backcourt&lang=pt-BR',
    )
  })

  it('round-trips through parseUrlState', () => {
    expect(parseUrlState(serialiseUrlState(FULL))).toEqual({ state: FULL, issues: [] })
    const edge = { ...DEFAULT_URL_STATE, threshold: 1, playoffs: 1 as const, period: [7] }
    expect(parseUrlState(serialiseUrlState(edge)).state).toEqual(edge)
  })

  it('keeps parameters it does not own, before its own', () => {
    const query = serialiseUrlState(
      { ...DEFAULT_URL_STATE, threshold: 0.6 },
      'tab=roc&threshold=0.1&x=a%2Cb',
    )
    expect(query).toBe('tab=roc&x=a,b&threshold=0.6')
  })

  it('writes any parameters with readable commas', () => {
    expect(toQueryString(new URLSearchParams('zone=paint%2Cmid-range&q=a+b&t=%26'))).toBe(
      'zone=paint,mid-range&q=a%20b&t=%26',
    )
  })
})

describe('patchQuery', () => {
  it('changes one value and drops invalid ones', () => {
    expect(patchQuery('threshold=abc&lang=pt-BR&tab=pr', { dataset: 'prod' })).toBe(
      'tab=pr&dataset=prod&lang=pt-BR',
    )
  })

  it('removes a value set back to its default', () => {
    expect(patchQuery('threshold=0.3&zone=paint', { threshold: 0.5, zone: [] })).toBe('')
  })
})

describe('withQuery', () => {
  it('adds "?" only when there is a query', () => {
    expect(withQuery('/drift/', '')).toBe('/drift/')
    expect(withQuery('/drift/', '?lang=pt-BR')).toBe('/drift/?lang=pt-BR')
    expect(withQuery('/', 'threshold=0.3')).toBe('/?threshold=0.3')
  })
})
