import { describe, expect, it } from 'vitest'
import { formatNumber, formatPercent } from './format-number'
import { LANGS, toLang } from './lang'
import { messagesEn, type MessageKey } from './messages-en'
import { messagesPtBr } from './messages-pt-br'
import { createTranslator, interpolate, placeholders } from './translate'

describe('catalogues', () => {
  const keys = Object.keys(messagesEn) as MessageKey[]

  it('have the same keys in both languages', () => {
    expect(Object.keys(messagesPtBr).sort()).toEqual([...keys].sort())
  })

  it('use the same placeholders in both languages for every key', () => {
    const mismatched = keys.filter(
      (key) => placeholders(messagesEn[key]).join() !== placeholders(messagesPtBr[key]).join(),
    )
    expect(mismatched).toEqual([])
  })

  it('have no empty message and translate the view titles', () => {
    expect(keys.filter((key) => !messagesEn[key].trim() || !messagesPtBr[key].trim())).toEqual([])
    expect(messagesPtBr['view.drift.title']).toBe('Desvio de distribuição')
    expect(messagesPtBr['control.threshold']).toBe('Limiar de decisão')
  })
})

describe('createTranslator', () => {
  it('interpolates strings and formats numbers per language', () => {
    const params = { param: 'threshold', value: 'abc', fallback: 0.5 }
    expect(createTranslator('en')('url.threshold', params)).toBe(
      'threshold=abc is not a number between 0 and 1; using 0.5.',
    )
    expect(createTranslator('pt-BR')('url.threshold', params)).toBe(
      'threshold=abc não é um número entre 0 e 1; usando 0,5.',
    )
  })

  it('returns the message unchanged without params', () => {
    expect(createTranslator('pt-BR')('nav.whatIf')).toBe('E se?')
  })
})

describe('interpolate', () => {
  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('{count} shots in {zone}', { count: 1234 }, 'en')).toBe(
      '1,234 shots in {zone}',
    )
  })

  it('formats every occurrence of a repeated placeholder', () => {
    expect(interpolate('{x} and {x}', { x: 5412.5 }, 'pt-BR')).toBe('5.412,5 and 5.412,5')
  })
})

describe('formatNumber', () => {
  it('uses the decimal separator of the language', () => {
    expect(formatNumber('en', 5.412)).toBe('5.412')
    expect(formatNumber('pt-BR', 5.412)).toBe('5,412')
    expect(formatNumber('en', 0.123456)).toBe('0.123')
    expect(formatNumber('pt-BR', 24271)).toBe('24.271')
  })

  it('writes non-finite numbers as a dash', () => {
    expect(formatNumber('en', Number.NaN)).toBe('–')
    expect(formatNumber('pt-BR', Number.POSITIVE_INFINITY)).toBe('–')
  })

  it('formats percentages', () => {
    expect(formatPercent('en', 0.4231)).toBe('42.3%')
    expect(formatPercent('pt-BR', 0.4231)).toBe('42,3%')
  })
})

describe('toLang', () => {
  it('matches tags case-insensitively and rejects others', () => {
    expect(LANGS).toEqual(['en', 'pt-BR'])
    expect(toLang('pt-br')).toBe('pt-BR')
    expect(toLang(' EN ')).toBe('en')
    expect(toLang('pt')).toBeNull()
    expect(toLang('fr')).toBeNull()
  })
})
