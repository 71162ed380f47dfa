import { expect, it } from 'vitest'
import { compareRunValues, runLabels } from './compare-runs'
import { KOBE_RUNS, makeRun } from './fixtures/kobe-runs'

const [, train, lr, dt] = KOBE_RUNS as [
  never,
  (typeof KOBE_RUNS)[0],
  (typeof KOBE_RUNS)[0],
  (typeof KOBE_RUNS)[0],
]

it('puts params and metrics side by side and flags the rows that differ', () => {
  const { params, metrics } = compareRunValues([lr, dt])
  expect(params.map((r) => [r.key, r.values, r.differs])).toEqual([
    ['C', ['1.0', null], true],
    ['criterion', [null, 'gini'], true],
    ['max_depth', [null, '4'], true],
    ['model_type', ['logistic_regression', 'decision_tree'], true],
    ['solver', ['newton', null], true],
  ])
  const logLoss = metrics.find((r) => r.key === 'log_loss')
  expect(logLoss).toEqual({
    key: 'log_loss',
    values: [0.6769140808861872, 0.6744838854906345],
    differs: true,
  })
  const same = compareRunValues([train, lr]).metrics.find((r) => r.key === 'log_loss')
  expect(same?.differs).toBe(false)
})

it('treats two NaN values as the same', () => {
  const a = makeRun({ id: 'a', name: 'a', metrics: { f1: Number.NaN } })
  const b = makeRun({ id: 'b', name: 'b', metrics: { f1: Number.NaN } })
  expect(compareRunValues([a, b]).metrics[0]?.differs).toBe(false)
})

it('labels runs by name, adding the short id when names repeat', () => {
  const twin = makeRun({ id: 'abcdef0123', name: 'Treinamento' })
  expect(runLabels([train, twin, makeRun({ id: '0123456789', name: '' })])).toEqual([
    'Treinamento (train)',
    'Treinamento (abcdef0)',
    '01234567',
  ])
})
