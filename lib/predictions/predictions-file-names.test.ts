import { describe, expect, test } from 'vitest'
import { namedLikePredictions, predictionsSide } from './predictions-file-names'

describe('predictions file names, in English and Portuguese', () => {
  test.each([
    ['predictions_prod.parquet', 'prod', true],
    ['data/output/predictions_dev.parquet', 'dev', true],
    ['producao/predicoes_clf.parquet', 'prod', true],
    ['previsoes_producao.parquet', 'prod', true],
    ['previsões_produção.parquet', 'prod', true],
    ['previsoes_teste.parquet', 'dev', true],
    ['resultado_dev.parquet', 'dev', true],
    ['desenvolvimento/predicoes.parquet', 'dev', true],
    ['validation_preds.parquet', 'dev', true],
    ['predsProd.parquet', 'prod', true],
    ['teste/predicoes_clf.parquet', 'dev', true],
    // datasets: a side, but no model output in the name
    ['data/processed/base_test.parquet', 'dev', false],
    ['data/raw/dataset_kobe_prod.parquet', 'prod', false],
    // neither side: words that merely contain the letters
    ['predicoes_clf.parquet', null, true],
    ['product_list.parquet', null, false],
    ['devices.parquet', null, false],
    ['data/processed/base_train.parquet', null, false],
  ])('%s → side %s, named like predictions %s', (path, side, named) => {
    expect(predictionsSide(path)).toBe(side)
    expect(namedLikePredictions(path)).toBe(named)
  })

  test('the file name decides before its folders', () => {
    expect(predictionsSide('producao/previsoes_teste.parquet')).toBe('dev')
    expect(predictionsSide('C:\\\\proj\\\\teste\\\\predicoes_prod.parquet')).toBe('prod')
  })
})
