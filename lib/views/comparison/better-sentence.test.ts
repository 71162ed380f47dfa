import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../i18n/translate'
import { betterSentence, type MetricEntry } from './better-sentence'
import { parseModelsParam, patchModelsQuery, selectModels } from './models-param'

const en = createTranslator('en')
const pt = createTranslator('pt-BR')
const entries: MetricEntry[] = [
  { model: 'the tree', dataset: 'prod', value: 0.69 },
  { model: 'the logistic regression', dataset: 'prod', value: 0.72 },
  { model: 'the tree', dataset: 'dev', value: 0.675 },
  { model: 'the logistic regression', dataset: 'dev', value: 0.6712 },
]

describe('betterSentence', () => {
  it('names the better model on prod and on dev, lower log loss being better', () => {
    expect(betterSentence('Log loss', entries, false, en, 'en')).toBe(
      'Log loss: the tree is better on prod (0.690 vs 0.720) and the logistic regression on dev (0.671 vs 0.675).',
    )
    expect(betterSentence('AUC', entries, true, en, 'en')).toBe(
      'AUC: the logistic regression is better on prod (0.720 vs 0.690) and the tree on dev (0.675 vs 0.671).',
    )
    expect(betterSentence('Log loss', entries, false, pt, 'pt-BR')).toBe(
      'Log loss: the tree é melhor em produção (0,690 vs 0,720) e the logistic regression em desenvolvimento (0,671 vs 0,675).',
    )
  })

  it('says "both" for one winner, adds decimals to tell values apart, and says ties', () => {
    const both: MetricEntry[] = [
      { model: 'A', dataset: 'prod', value: 0.6001 },
      { model: 'B', dataset: 'prod', value: 0.6003 },
      { model: 'A', dataset: 'dev', value: 0.5 },
      { model: 'B', dataset: 'dev', value: 0.7 },
    ]
    expect(betterSentence('Brier', both, false, en, 'en')).toBe(
      'Brier: A is better on prod (0.6001 vs 0.6003) and on dev (0.500 vs 0.700).',
    )
    const tie: MetricEntry[] = [
      { model: 'A', dataset: 'prod', value: 0.5 },
      { model: 'B', dataset: 'prod', value: 0.5 },
      { model: 'A', dataset: 'dev', value: NaN },
    ]
    expect(betterSentence('AUC', tie, true, en, 'en')).toBe(
      'AUC: the models are equal on prod (0.500).',
    )
    expect(betterSentence('AUC', [], true, en, 'en')).toBe('AUC: not available on these rows.')
  })
})

describe('?models=', () => {
  it('reads, writes and selects the shown models', () => {
    expect(parseModelsParam('threshold=0.3&models=a,b&models=c')).toEqual(['a', 'b', 'c'])
    expect(parseModelsParam('threshold=0.3')).toBeNull()
    expect(patchModelsQuery('threshold=0.3&models=a', ['b', 'kobe/1'])).toBe(
      'threshold=0.3&models=b,kobe%2F1',
    )
    expect(patchModelsQuery('models=a&lang=en', null)).toBe('lang=en')
    const models = [{ key: 'a' }, { key: 'b' }, { key: 'c' }]
    expect(selectModels(models, ['c', 'x', 'a'])).toEqual({
      shown: [{ key: 'a' }, { key: 'c' }],
      unknown: ['x'],
    })
    expect(selectModels(models, ['x']).shown).toHaveLength(3)
  })
})
