import { describe, expect, it } from 'vitest'
import { applyNode, loadFixture, toColumns } from './json-fixture'

function maxDiff(name: string): number {
  const f = loadFixture(name)
  const out = applyNode(f.node, toColumns(f.X))
  let worst = 0
  f.expected.forEach((row, r) => {
    const cells = Array.isArray(row) ? row : [row]
    cells.forEach((want, c) => {
      worst = Math.max(worst, Math.abs((out.cols[c]![r] as number) - want))
    })
  })
  expect(out.cols.length).toBe(Array.isArray(f.expected[0]) ? f.expected[0].length : 1)
  return worst
}

const NAMES = [
  'decision-tree-binary',
  'decision-tree-float32',
  'decision-tree-multiclass',
  'decision-tree-regressor',
  'random-forest',
  'random-forest-regressor',
  'extra-trees',
  'gradient-boosting-binary',
  'gradient-boosting-zero',
  'gradient-boosting-multiclass',
  'gradient-boosting-regressor',
  'adaboost-samme',
  'adaboost-samme-r',
  'adaboost-samme-multiclass',
  'adaboost-samme-r-multiclass',
  'calibrated-sigmoid',
  'calibrated-isotonic',
  'calibrated-isotonic-single',
  'calibrated-sigmoid-multiclass',
  'calibrated-sigmoid-boosting',
]

describe('estimators agree with scikit-learn 1.2.1 on the fixture rows', () => {
  for (const name of NAMES) {
    it(`${name} is within 1e-9 of predict_proba/predict`, () => {
      expect(maxDiff(name)).toBeLessThan(1e-9)
    })
  }
})
