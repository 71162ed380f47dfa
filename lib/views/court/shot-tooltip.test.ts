import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../i18n/format-number'
import { createTranslator } from '../../i18n/translate'
import { tinyPredictions } from './fixtures/tiny-predictions'
import { shotTooltip } from './shot-tooltip'

const en = {
  t: createTranslator('en'),
  num: (v: number, o?: Intl.NumberFormatOptions) => formatNumber('en', v, o),
}

describe('shotTooltip', () => {
  it('gives every fact of a shot as plain text lines', () => {
    expect(shotTooltip(tinyPredictions(), 1, { ...en, threshold: 0.5 })).toBe(
      [
        'Shot 2 · 2000-11-02 · vs POR',
        'Jump Shot · 22 ft',
        'Period 2 · 0 min remaining',
        'P(made) 0.400 · Outcome: Made',
        'At threshold 0.5: FN (made, predicted missed)',
      ].join('\n'),
    )
  })

  it('follows the threshold and the language', () => {
    const pt = {
      t: createTranslator('pt-BR'),
      num: (v: number, o?: Intl.NumberFormatOptions) => formatNumber('pt-BR', v, o),
    }
    expect(
      shotTooltip(tinyPredictions(), 1, { ...pt, threshold: 0.35 })
        .split('\n')
        .slice(3),
    ).toEqual([
      'P(cesta) 0,400 · Resultado: Convertido',
      'No limiar 0,35: VP (convertido, previsto convertido)',
    ])
  })

  it('leaves out what a row lacks; no error line without an outcome', () => {
    expect(shotTooltip(tinyPredictions(), 5, { ...en, threshold: 0.5 })).toBe(
      '50 ft\n2 min remaining\nOutcome: Unlabelled',
    )
  })

  it('computes the distance from the position when the file has no shot_distance', () => {
    const data = tinyPredictions()
    delete data.features.shot_distance
    const text = shotTooltip(data, 3, { ...en, threshold: 0.5, position: { x: 30, y: 240 } })
    expect(text.split('\n')[1]).toBe('Jump Shot · 24 ft')
  })
})
