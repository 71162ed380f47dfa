import { describe, expect, it } from 'vitest'
import { predictions } from './fixtures/loaded-predictions'
import { createTranslator } from '../../i18n/translate'
import { performanceSample } from './performance-sample'
import { unavailableSentence } from './unavailable-sentence'

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i)

describe('performanceSample', () => {
  const loaded = predictions([1, 0, NaN, 1, 0], [0.9, 0.2, 0.5, NaN, 0.6])

  it('keeps labelled rows with a probability and counts the ones without', () => {
    const s = performanceSample('prod', loaded, all(5))
    if (s.kind !== 'ready') throw new Error(s.kind)
    expect(s.filteredRows).toBe(5)
    expect(s.labelledRows).toBe(4)
    expect(s.excludedRows).toBe(1)
    expect(Array.from(s.yTrue)).toEqual([1, 0, 0])
    expect(Array.from(s.score)).toEqual([0.9, 0.2, 0.6])
    expect([s.positives, s.negatives]).toEqual([1, 2])
    expect(Array.from(s.curve.thresholds)).toEqual([0.9, 0.6, 0.2])
  })

  it('looks only at the filtered indices', () => {
    const s = performanceSample('dev', loaded, Uint32Array.of(1, 2))
    expect(s).toMatchObject({
      kind: 'ready',
      filteredRows: 2,
      labelledRows: 1,
      positives: 0,
      negatives: 1,
    })
  })

  it('says when the filters leave no labelled shot', () => {
    expect(performanceSample('dev', loaded, Uint32Array.of(2))).toEqual({
      kind: 'noLabels',
      name: 'dev',
      filteredRows: 1,
      labelledRows: 0,
      detail: null,
    })
  })

  it('reports a missing target or probability column with the loader sentence', () => {
    const noTarget = predictions(null, [0.2, 0.7], {
      missing: [
        'no target column (looked for shot_made_flag): performance metrics unavailable, only distributions and drift',
      ],
    })
    expect(performanceSample('prod', noTarget, all(2))).toMatchObject({
      kind: 'noTarget',
      detail: expect.stringMatching(/^no target column .*performance metrics unavailable/),
    })
    const noProbability = predictions([1, 0, NaN], null, {
      missing: ['no probability column: ROC curve, log loss and threshold analysis unavailable'],
    })
    expect(performanceSample('dev', noProbability, all(3))).toEqual({
      kind: 'noProbability',
      name: 'dev',
      filteredRows: 3,
      labelledRows: 2,
      detail: 'no probability column: ROC curve, log loss and threshold analysis unavailable',
    })
  })
})

describe('unavailableSentence', () => {
  const base = { filteredRows: 3, labelledRows: 0, detail: null }
  it('names the dataset and what is missing, in the page language', () => {
    const en = createTranslator('en')
    expect(unavailableSentence({ ...base, kind: 'noProbability', name: 'prod' }, en)).toBe(
      'Prod: the predictions file has no probability column, so ROC, precision–recall, calibration, log loss and the metrics at the threshold (F1 included) cannot be computed.',
    )
    expect(unavailableSentence({ ...base, kind: 'noTarget', name: 'dev' }, en)).toBe(
      'Dev: no target column: performance metrics unavailable.',
    )
    expect(
      unavailableSentence({ ...base, kind: 'noTarget', name: 'dev' }, createTranslator('pt-BR')),
    ).toBe('Desenvolvimento: sem coluna de alvo: métricas de desempenho indisponíveis.')
  })
})
