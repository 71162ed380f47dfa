import { describe, expect, it } from 'vitest'
import { parseUrlState } from '../../url-state/parse-url-state'
import { patchQuery } from '../../url-state/serialise-url-state'
import {
  DEFAULT_COURT_PARAMS,
  parseCourtParams,
  patchCourtQuery,
  resolveCourtParams,
} from './court-params'

describe('parseCourtParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseCourtParams('')).toEqual({
      params: DEFAULT_COURT_PARAMS,
      explicit: { colorBy: false, mode: false, hex: false, extent: false },
      issues: [],
    })
    expect(DEFAULT_COURT_PARAMS).toEqual({
      colorBy: 'outcome',
      mode: 'points',
      hex: 'count',
      extent: 'half',
    })
  })

  it('reads every parameter, case-insensitively, beside the shared ones', () => {
    const { params, explicit, issues } = parseCourtParams(
      'threshold=0.3&color_by=Error&map_mode=hexbin&hex=fg&court=full',
    )
    expect(params).toEqual({ colorBy: 'error', mode: 'hexbin', hex: 'fg', extent: 'full' })
    expect(explicit).toEqual({ colorBy: true, mode: true, hex: true, extent: true })
    expect(issues).toEqual([])
  })

  it('reports a value it does not know and uses the default', () => {
    const { params, explicit, issues } = parseCourtParams('color_by=rainbow&map_mode=overlay')
    expect(params.colorBy).toBe('outcome')
    expect(params.mode).toBe('overlay')
    expect(explicit).toMatchObject({ colorBy: false, mode: true })
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
    expect(patchCourtQuery('color_by=rainbow&lang=pt-BR', { extent: 'half' })).toBe('lang=pt-BR')
  })

  it('writes a chosen mode or hexagon colour even at its default, and keeps one the URL named', () => {
    expect(patchCourtQuery('color_by=rainbow&lang=pt-BR', { mode: 'points' })).toBe(
      'lang=pt-BR&map_mode=points',
    )
    expect(patchCourtQuery('color_by=error', { hex: 'count' })).toBe('color_by=error&hex=count')
    expect(patchCourtQuery('map_mode=points&color_by=error', { colorBy: 'outcome' })).toBe(
      'map_mode=points',
    )
    expect(patchCourtQuery('', { colorBy: 'error' })).toBe('color_by=error')
  })

  it('survives the shell rewriting the shared state', () => {
    const query = patchCourtQuery('threshold=0.3', { colorBy: 'probability', extent: 'full' })
    const after = patchQuery(query, { threshold: 0.7 })
    expect(parseUrlState(after).state.threshold).toBe(0.7)
    expect(parseCourtParams(after).params).toMatchObject({ colorBy: 'probability', extent: 'full' })
  })
})

describe('resolveCourtParams: hexagons above the point cap unless the URL says points', () => {
  const resolve = (query: string, shots: number) => {
    const { params, explicit } = parseCourtParams(query)
    return resolveCourtParams(params, explicit, shots)
  }

  it('keeps points up to 50,000 placed shots (the Kobe files)', () => {
    expect(resolve('', 6426)).toEqual({ params: DEFAULT_COURT_PARAMS, auto: false })
    expect(resolve('color_by=error', 50_000).params.mode).toBe('points')
  })

  it('draws hexagons above it, coloured as the points would be', () => {
    expect(resolve('', 50_001)).toEqual({
      params: { ...DEFAULT_COURT_PARAMS, mode: 'hexbin', hex: 'fg' },
      auto: true,
    })
    expect(resolve('color_by=probability', 1_000_000).params).toMatchObject({
      mode: 'hexbin',
      hex: 'probability',
    })
    expect(resolve('color_by=error', 1_000_000).params.hex).toBe('error')
    // a hexagon colour the URL names wins over the colouring's
    expect(resolve('color_by=error&hex=count', 1_000_000).params.hex).toBe('count')
  })

  it('keeps an explicit mode whatever the size, and the hexagon colour of an explicit hexbin', () => {
    expect(resolve('map_mode=points&color_by=error', 1_000_000)).toEqual({
      params: { ...DEFAULT_COURT_PARAMS, colorBy: 'error' },
      auto: false,
    })
    expect(resolve('map_mode=overlay', 1_000_000).params.mode).toBe('overlay')
    expect(resolve('map_mode=hexbin&color_by=error', 1_000_000).params.hex).toBe('count')
    // the query the "show points" button writes keeps points above the cap
    const query = patchCourtQuery('color_by=error', { mode: 'points' })
    expect(resolve(query, 1_000_000).params.mode).toBe('points')
  })
})
