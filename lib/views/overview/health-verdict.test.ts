import { describe, expect, it } from 'vitest'
import { computeDriftTable, type DriftTable } from '../../drift/drift-table'
import type { BinaryMetrics } from '../../metrics/binary-metrics'
import { createTranslator } from '../../i18n/translate'
import { assessHealth, type DatasetHealth } from './health-verdict'
import { verdictSentence } from './verdict-text'

const repeat = (values: number[], times: number) =>
  Array.from({ length: times }, () => values).flat()
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

/** dev: distances 0–20 ft; prod: 20 shots at 10–19 ft and 80 at 23–30 ft; periods alike. */
function kobeLikeDrift(): DriftTable {
  return computeDriftTable(
    {
      shot_distance: Float64Array.from(repeat(range(0, 20), 10)),
      period: Float64Array.from(repeat([1, 2, 3, 4], 50)),
    },
    {
      shot_distance: Float64Array.from([
        ...range(10, 19),
        ...range(10, 19),
        ...repeat(range(23, 30), 10),
      ]),
      period: Float64Array.from(repeat([1, 2, 3, 4], 25)),
    },
  )
}

const metrics = (f1: number): BinaryMetrics => ({
  log_loss: 0.65,
  f1_score: f1,
  accuracy: 0.6,
  precision: 0.5,
  recall: 0.5,
  roc_auc: 0.6,
  brier_score: 0.23,
})
const side = (f1: number, predictedMade = 40): DatasetHealth => ({
  metrics: metrics(f1),
  predictedMade,
  scored: 100,
})

const en = createTranslator('en')
const pt = createTranslator('pt-BR')

describe('assessHealth', () => {
  it('is critical when prod F1 collapses and prod lies outside the dev range (the Kobe case)', () => {
    const drift = kobeLikeDrift()
    expect(drift.rows.map((r) => [r.column, r.drifted])).toEqual([
      ['shot_distance', true],
      ['period', false],
    ])
    const verdict = assessHealth({ threshold: 0.5, dev: side(0.5249), prod: side(0, 0), drift })
    expect(verdict.severity).toBe('critical')
    expect(verdict.findings.map((f) => [f.kind, f.severity])).toEqual([
      ['f1', 'critical'],
      ['drift', 'warning'],
      ['outside', 'critical'],
    ])
    expect(verdict.findings[2]).toMatchObject({
      feature: 'shot_distance',
      share: 0.8,
      count: 80,
      total: 100,
      range: { min: 0, max: 20 },
    })
    expect(verdict.evidence).toEqual(['/performance/', '/drift/', '/court/'])
    expect(verdictSentence(verdict, en, 'en')).toBe(
      'Prod F1 fell from 0.52 to 0.00 at threshold 0.50 (no prod shot is predicted made); ' +
        '1 of 2 features drifted; 80% of prod shots lie outside the dev range of shot_distance ' +
        '(0–20 ft): the model is extrapolating.',
    )
    expect(verdictSentence(verdict, pt, 'pt-BR')).toBe(
      'O F1 em produção caiu de 0,52 para 0,00 com limiar 0,50 (nenhum arremesso de produção é ' +
        'previsto como convertido); 1 de 2 variáveis apresentam desvio; 80% dos arremessos de ' +
        'produção estão fora da faixa de desenvolvimento de shot_distance (0–20 pés): o modelo ' +
        'está extrapolando.',
    )
  })

  it('says how few prod shots are called made below 1 %', () => {
    const sentence = (prodPredicted: number) =>
      verdictSentence(
        assessHealth({
          threshold: 0.5,
          dev: side(0.6),
          prod: { ...side(0.01), predictedMade: prodPredicted, scored: 6426 },
          drift: null,
        }),
        en,
        'en',
      )
    expect(sentence(1)).toBe(
      'Prod F1 fell from 0.60 to 0.01 at threshold 0.50 (only 1 of 6,426 prod shots are predicted made).',
    )
    expect(sentence(65)).toBe('Prod F1 fell from 0.60 to 0.01 at threshold 0.50.')
  })

  it('grades the F1 drop: under 10 % ok, from 10 % needs attention, from 50 % critical', () => {
    const grade = (prod: number) =>
      assessHealth({ threshold: 0.3, dev: side(0.6), prod: side(prod), drift: null }).severity
    expect(grade(0.55)).toBe('ok')
    expect(grade(0.65)).toBe('ok')
    expect(grade(0.53)).toBe('warning')
    expect(grade(0.31)).toBe('warning')
    expect(grade(0.29)).toBe('critical')
  })

  it('says healthy in one sentence when prod holds up and nothing drifts', () => {
    const drift = computeDriftTable(
      { period: Float64Array.from(repeat([1, 2, 3, 4], 50)) },
      { period: Float64Array.from(repeat([1, 2, 3, 4], 25)) },
    )
    const verdict = assessHealth({ threshold: 0.5, dev: side(0.6), prod: side(0.58), drift })
    expect(verdict.severity).toBe('ok')
    expect(verdictSentence(verdict, en, 'en')).toBe(
      'Prod F1 is 0.58 against 0.60 in dev at threshold 0.50; none of the 1 features drifted.',
    )
  })

  it('needs attention when a dataset is missing or prod has no known outcome', () => {
    const missing = assessHealth({ threshold: 0.5, dev: side(0.6), prod: null, drift: null })
    expect(missing.severity).toBe('warning')
    expect(verdictSentence(missing, en, 'en')).toBe('The prod predictions are not available.')
    expect(missing.evidence).toEqual([])

    const unlabelled = assessHealth({
      threshold: 0.5,
      dev: side(0.6),
      prod: { metrics: null, predictedMade: 10, scored: 100 },
      drift: null,
    })
    expect(unlabelled.severity).toBe('warning')
    expect(verdictSentence(unlabelled, pt, 'pt-BR')).toBe(
      'Nenhum arremesso de produção nesta seleção tem resultado conhecido, então o F1 não pode ser comparado.',
    )
  })

  it('blames unusable probabilities, not labels, when labelled prod shots have no probability', () => {
    const outOfRange = assessHealth({
      threshold: 0.5,
      dev: side(0.6),
      prod: {
        metrics: null,
        predictedMade: 0,
        scored: 0,
        labelled: 5412,
        probability: { column: 'proba', excluded: 6426 },
      },
      drift: null,
    })
    expect(outOfRange.evidence).toEqual(['/performance/'])
    expect(verdictSentence(outOfRange, en, 'en')).toBe(
      'No prod shot has a usable probability (6,426 values of column "proba" are outside [0, 1] or missing), so F1 cannot be compared although 5,412 shots have a known outcome.',
    )
    const noColumn = assessHealth({
      threshold: 0.5,
      dev: side(0.6),
      prod: {
        metrics: null,
        predictedMade: 0,
        scored: 0,
        labelled: 5412,
        probability: { column: null, excluded: 0 },
      },
      drift: null,
    })
    expect(verdictSentence(noColumn, en, 'en')).toBe(
      'Prod: the predictions file has no probability column, so ROC, precision–recall, calibration, log loss and the metrics at the threshold (F1 included) cannot be computed.',
    )
  })

  it('flags F1 0 in both datasets (a threshold above every score) as needing attention', () => {
    const verdict = assessHealth({
      threshold: 0.99,
      dev: side(0, 0),
      prod: side(0, 0),
      drift: null,
    })
    expect(verdict.severity).toBe('warning')
    expect(verdict.findings[0]).toMatchObject({
      kind: 'f1',
      relativeDrop: 0,
      prodPredicted: 0,
      prodScored: 100,
    })
  })

  it('leaves out a support finding below 10 % outside the dev range', () => {
    const drift = computeDriftTable(
      { d: Float64Array.from(repeat(range(0, 20), 10)) },
      { d: Float64Array.from([...repeat(range(0, 20), 5), 21, 22]) },
    )
    const verdict = assessHealth({ threshold: 0.5, dev: side(0.6), prod: side(0.6), drift })
    expect(verdict.findings.map((f) => f.kind)).toEqual(['f1', 'drift'])
  })
})
