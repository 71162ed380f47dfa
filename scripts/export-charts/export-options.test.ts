import { describe, expect, it } from 'vitest'
import { parseOptions, USAGE } from './export-options'

describe('export-charts options', () => {
  it('defaults to data/reporting at scale 2 in English, every chart, logged to MLflow', () => {
    expect(parseOptions([])).toEqual({
      out: 'data/reporting',
      scale: 2,
      lang: 'en',
      only: null,
      mlflow: true,
    })
  })
  it('reads --out, --scale, --lang (any case), --only and --no-mlflow', () => {
    expect(
      parseOptions([
        '--out',
        'report',
        '--scale',
        '1.5',
        '--lang',
        'pt-br',
        '--only',
        'roc_curve,drift',
        '--no-mlflow',
      ]),
    ).toEqual({
      out: 'report',
      scale: 1.5,
      lang: 'pt-BR',
      only: ['roc_curve', 'drift'],
      mlflow: false,
    })
  })
  it('answers bad values with one sentence naming the option and the value', () => {
    expect(parseOptions(['--scale', '0'])).toBe('--scale must be a number from 0.5 to 8, got 0')
    expect(parseOptions(['--scale', 'big'])).toBe('--scale must be a number from 0.5 to 8, got big')
    expect(parseOptions(['--lang', 'fr'])).toBe('--lang must be en or pt-BR, got fr')
    expect(parseOptions(['--colour'])).toMatch(/^Unknown option '--colour'/)
    expect(parseOptions(['--help'])).toBe(USAGE)
  })
})
