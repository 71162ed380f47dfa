import { describe, expect, it } from 'vitest'
import { parseUrlState } from '../../url-state/parse-url-state'
import { patchQuery } from '../../url-state/serialise-url-state'
import { DEFAULT_COURT_PARAMS, parseCourtParams, patchCourtQuery } from './court-params'

describe('parseCourtParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseCourtParams('')).toEqual({ params: DEFAULT_COURT_PARAMS, issues: [] })
    expect(DEFAULT_COURT_PARAMS).toEqual({
      colorBy: 'outcome',
      mode: 'points',
      hex: 'count',
      extent: 'half',
    })
  })

  it('reads every parameter, case-insensitively, beside the shared ones', () => {
    const { params, issues } = parseCourtParams(
      'threshold=0.3&color_by=Error&map_mode=hexbin&hex=fg&court=full',
    )
    expect(params).toEqual({ colorBy: 'error', mode: 'hexbin', hex: 'fg', extent: 'full' })
    expect(issues).toEqual([])
  })

  it('reports a value it does not know and uses the default', () => {
    const { params, issues } = parseCourtParams('color_by=rainbow&map_mode=overlay')
    expect(params.colorBy).toBe('outcome')
    expect(params.mode).toBe('overlay')
    expect(issues).toEqual([
      {
        param: 'color_by',
        value: 'rainbow',
        fallback: 'outcome',
        allowed: ['outcome', 'probability', 'error'],
      },
    ])
  })
})

describe('patchCourtQuery', () => {
  it('sets a value and keeps the other parameters in place', () => {
    expect(patchCourtQuery('threshold=0.3&zone=paint,mid-range', { colorBy: 'error' })).toBe(
      'threshold=0.3&zone=paint,mid-range&color_by=error',
    )
    expect(
      patchCourtQuery('color_by=error&threshold=0.3', { mode: 'hexbin', hex: 'probability' }),
    ).toBe('color_by=error&threshold=0.3&map_mode=hexbin&hex=probability')
  })

  it('removes a parameter set back to its default, and a value it did not understand', () => {
    expect(patchCourtQuery('color_by=error&map_mode=hexbin', { colorBy: 'outcome' })).toBe(
      'map_mode=hexbin',
    )
    expect(patchCourtQuery('color_by=rainbow&lang=pt-BR', { mode: 'points' })).toBe('lang=pt-BR')
  })

  it('survives the shell rewriting the shared state', () => {
    const query = patchCourtQuery('threshold=0.3', { colorBy: 'probability', extent: 'full' })
    const after = patchQuery(query, { threshold: 0.7 })
    expect(parseUrlState(after).state.threshold).toBe(0.7)
    expect(parseCourtParams(after).params).toMatchObject({ colorBy: 'probability', extent: 'full' })
  })
})
