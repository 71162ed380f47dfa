import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../i18n/translate'
import type { MadeRates } from './made-rates'
import { madeRateFigure, type OverviewFigureContext } from './made-rate-figure'

const rates: MadeRates[] = [
  {
    name: 'dev',
    labelled: 4057,
    made: 1937,
    actualRate: 1937 / 4057,
    scored: 4057,
    predictedMade: 1694,
    predictedRate: 1694 / 4057,
    meanScore: 0.4701,
  },
  {
    name: 'prod',
    labelled: 5412,
    made: 1782,
    actualRate: 1782 / 5412,
    scored: 6426,
    predictedMade: 0,
    predictedRate: 0,
    meanScore: 0.4077,
  },
]
const ctx = (lang: 'en' | 'pt-BR'): OverviewFigureContext => ({
  t: createTranslator(lang),
  lang,
  colors: { actual: '#16a34a', predicted: '#9333ea', mean: '#64748b' },
})

type Bar = {
  name: string
  x: string[]
  y: (number | null)[]
  text: string[]
  marker: { color: string }
}

describe('madeRateFigure', () => {
  it('groups actual, predicted-made and mean probability bars per dataset', () => {
    const fig = madeRateFigure(rates, 0.5, ctx('en'))
    const bars = fig.data as Bar[]
    expect(bars.map((b) => b.name)).toEqual([
      'Actual made rate',
      'Predicted made (threshold 0.50)',
      'Mean P(made)',
    ])
    expect(bars[0]!.x).toEqual(['Dev', 'Prod'])
    expect(bars[0]!.text).toEqual(['47.7%', '32.9%'])
    expect(bars[1]!.y).toEqual([1694 / 4057, 0])
    expect(bars[1]!.text).toEqual(['41.8%', '0.0%'])
    // 1 of 6,426 is not none
    const one = madeRateFigure(
      [{ ...rates[1]!, predictedMade: 1, predictedRate: 1 / 6426 }],
      0.5,
      ctx('pt-BR'),
    )
    expect((one.data as Bar[])[1]!.text).toEqual(['<0,1%'])
    expect(bars.map((b) => b.marker.color)).toEqual(['#16a34a', '#9333ea', '#64748b'])
    expect(fig.layout).toMatchObject({
      barmode: 'group',
      yaxis: { tickformat: '.0%', range: [0, (1937 / 4057) * 1.2] },
    })
  })

  it('speaks Portuguese and draws no bar for a missing rate', () => {
    const noScores: MadeRates = {
      ...rates[1]!,
      scored: 0,
      predictedMade: 0,
      predictedRate: NaN,
      meanScore: NaN,
    }
    const bars = madeRateFigure([rates[0]!, noScores], 0.3, ctx('pt-BR')).data as Bar[]
    expect(bars[1]!.name).toBe('Previstos como convertidos (limiar 0,30)')
    expect(bars[0]!.x).toEqual(['Desenvolvimento', 'Produção'])
    expect(bars[0]!.text).toEqual(['47,7%', '32,9%'])
    expect(bars[1]!.y).toEqual([1694 / 4057, null])
    expect(bars[1]!.text[1]).toBe('n/d')
  })
})
