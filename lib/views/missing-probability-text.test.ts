import { describe, expect, it } from 'vitest'
import type { Lang } from '../i18n/lang'
import { createTranslator } from '../i18n/translate'
import { datasetHealth } from './overview/dataset-health'
import { allRows, loaded } from './overview/fixtures/loaded-predictions'
import { assessHealth } from './overview/health-verdict'
import { madeRates } from './overview/made-rates'
import { metricsAtThreshold } from './overview/metrics-at-threshold'
import { overviewSample } from './overview/overview-sample'
import { predictionLine } from './overview/prediction-line'
import { verdictSentence } from './overview/verdict-text'
import { performanceSample } from './performance/performance-sample'
import { unavailableSentence } from './performance/unavailable-sentence'

/** A prod file with outcomes but no probability column, and a dev file with both. */
const prod = loaded([1, 0, 1, 1, 0], null)
const dev = loaded([1, 0, 1, 0], [0.9, 0.2, 0.7, 0.4])

/** The overview's verdict for these files, built as the overview builds it. */
function overviewVerdict(lang: Lang): string {
  const side = (name: 'dev' | 'prod', file: typeof prod) => {
    const sample = overviewSample(name, file, allRows(file.data.target.length))
    return datasetHealth(metricsAtThreshold(sample, 0.5), madeRates(sample, 0.5), file.report)
  }
  const verdict = assessHealth({
    threshold: 0.5,
    dev: side('dev', dev),
    prod: side('prod', prod),
    drift: null,
  })
  return verdictSentence(verdict, createTranslator(lang), lang)
}

/** The overview's prediction summary line for the prod file. */
function overviewPredictionLine(file: typeof prod, lang: Lang): string {
  const sample = overviewSample('prod', file, allRows(file.data.target.length))
  return predictionLine(madeRates(sample, 0.5), 0.5, createTranslator(lang), lang)
}

/** The performance view's statement for the same prod file. */
function performanceStatement(lang: Lang): string | null {
  const input = performanceSample('prod', prod, allRows(prod.data.target.length))
  return unavailableSentence(input, createTranslator(lang))
}

describe('one statement of what is missing without a probability column', () => {
  it('is the same sentence in the overview verdict and the performance view', () => {
    const sentence =
      'Prod: the predictions file has no probability column, so ROC, precision–recall, calibration, log loss and the metrics at the threshold (F1 included) cannot be computed.'
    expect(performanceStatement('en')).toBe(sentence)
    expect(overviewVerdict('en')).toBe(sentence)
    expect(overviewPredictionLine(prod, 'en')).toBe(sentence)
  })

  it('is not claimed when the column is there but no value is a usable probability', () => {
    // the loader reads values outside [0, 1] as NaN
    const outOfRange = loaded([1, 0, 1], [NaN, NaN, NaN])
    expect(overviewPredictionLine(outOfRange, 'en')).toBe(
      'Prod: no shot has a usable probability (every value is missing or outside [0, 1]), so no predictions to count.',
    )
    expect(overviewPredictionLine(loaded([1, 0, 1, 0], [0.9, 0.2, 0.7, 0.4]), 'en')).toBe(
      'Prod: at threshold 0.50 the model calls 2 of 4 shots made (50.0%), while 50.0% of the 4 shots with a known outcome went in. Mean predicted probability: 0.550.',
    )
  })

  it('is the same Portuguese sentence on the pt-BR pages', () => {
    expect(performanceStatement('pt-BR')).toBe(
      'Produção: o arquivo de previsões não tem coluna de probabilidade, então ROC, precisão–revocação, calibração, log loss e as métricas no limiar (incluindo F1) não podem ser calculadas.',
    )
    expect(overviewVerdict('pt-BR')).toBe(performanceStatement('pt-BR'))
    expect(overviewPredictionLine(prod, 'pt-BR')).toBe(performanceStatement('pt-BR'))
  })
})
