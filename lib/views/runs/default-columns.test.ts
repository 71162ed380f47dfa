import { expect, it } from 'vitest'
import { defaultColumns, keysByFrequency } from './default-columns'
import { KOBE_RUNS } from './fixtures/kobe-runs'

it('starts with the classifier metrics and the params that differ between runs', () => {
  expect(defaultColumns(KOBE_RUNS)).toEqual([
    { kind: 'metric', key: 'log_loss' },
    { kind: 'metric', key: 'f1_score' },
    { kind: 'metric', key: 'roc_auc' },
    { kind: 'param', key: 'model_type' },
  ])
  expect(keysByFrequency(KOBE_RUNS, 'params').slice(0, 2)).toEqual(['model_type', 'C'])
  expect(defaultColumns([])).toEqual([])
})
