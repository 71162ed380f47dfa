import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../i18n/format-number'
import { createTranslator } from '../../i18n/translate'
import { courtLegend } from './court-legend'
import { errorPalette, outcomePalette, probabilityPalette } from './court-palette'
import { NO_PROBABILITY } from './shot-classes'

const t = createTranslator('en')
const num = (v: number) => formatNumber('en', v)

describe('courtLegend', () => {
  it('lists the error types with their counts, always TP/FP/FN/TN, others only when present', () => {
    const items = courtLegend('error', [0, 1, 1782, 3629, 1014, 0], errorPalette('light'), t, num)
    expect(items.map((i) => i.label)).toEqual([
      'TP 0 (made, predicted made)',
      'FP 1 (missed, predicted made)',
      'FN 1,782 (made, predicted missed)',
      'TN 3,629 (missed, predicted missed)',
      'Unlabelled 1,014',
    ])
    expect(items[2]?.color).toBe('#c026d3')
  })

  it('lists outcomes, in Portuguese too', () => {
    const items = courtLegend(
      'outcome',
      [1937, 2120, 0],
      outcomePalette('dark'),
      createTranslator('pt-BR'),
      (v) => formatNumber('pt-BR', v),
    )
    expect(items).toEqual([
      { label: 'Convertido 1.937', color: '#4ade80' },
      { label: 'Errado 2.120', color: '#f87171' },
    ])
  })
})

describe('palettes', () => {
  it('gives one colour per class, viridis for probability levels and grey when missing', () => {
    expect(outcomePalette('light')).toHaveLength(3)
    expect(errorPalette('dark')).toHaveLength(6)
    const levels = probabilityPalette('light')
    expect(levels).toHaveLength(NO_PROBABILITY + 1)
    expect(levels[0]).toBe('#440154')
    expect(levels[50]).toBe('#26828e')
    expect(levels[100]).toBe('#fde725')
    expect(levels[NO_PROBABILITY]).toBe('#94a3b8')
  })
})
