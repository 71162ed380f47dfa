import { describe, expect, it } from 'vitest'
import { choiceMethod, parseDriftMethodParam, queryWithDriftMethod } from './drift-method-choice'

describe('parseDriftMethodParam', () => {
  it('defaults to auto without the parameter', () => {
    expect(parseDriftMethodParam('threshold=0.3')).toEqual({ choice: 'auto', invalid: null })
    expect(parseDriftMethodParam('drift_method=')).toEqual({ choice: 'auto', invalid: null })
  })

  it('reads a known method, whatever its case', () => {
    expect(parseDriftMethodParam('drift_method=psi&period=1,2').choice).toBe('psi')
    expect(parseDriftMethodParam('drift_method=KS').choice).toBe('ks')
    expect(parseDriftMethodParam('drift_method=jensenshannon').choice).toBe('jensenshannon')
  })

  it('falls back to auto on an unknown value and reports it', () => {
    expect(parseDriftMethodParam('drift_method=chisquare')).toEqual({
      choice: 'auto',
      invalid: 'chisquare',
    })
  })
})

describe('queryWithDriftMethod', () => {
  it('sets the parameter and keeps the others with readable commas', () => {
    expect(queryWithDriftMethod('threshold=0.3&zone=paint,mid-range', 'wasserstein')).toBe(
      'threshold=0.3&zone=paint,mid-range&drift_method=wasserstein',
    )
  })

  it('replaces a previous value in place and removes it for auto', () => {
    expect(queryWithDriftMethod('drift_method=psi&period=1', 'ks')).toBe('drift_method=ks&period=1')
    expect(queryWithDriftMethod('drift_method=psi&period=1', 'auto')).toBe('period=1')
    expect(queryWithDriftMethod('', 'auto')).toBe('')
  })

  it('round-trips through the parser', () => {
    expect(parseDriftMethodParam(queryWithDriftMethod('lang=pt-BR', 'psi')).choice).toBe('psi')
  })
})

describe('choiceMethod', () => {
  it('maps auto to null and a method to itself', () => {
    expect(choiceMethod('auto')).toBeNull()
    expect(choiceMethod('ks')).toBe('ks')
  })
})
