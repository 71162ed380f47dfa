import { describe, expect, it } from 'vitest'
import { logLoss } from '@/lib/metrics/log-loss'
import { fitDecisionTree } from './fit-decision-tree'
import { loadKobeFixture } from './fixtures/kobe-fixture'
import { predictProbaVector } from './predict-proba'
import { decisionTreeJson } from './build-model-json'
import { selectTreeDepth } from './select-tree-depth'
import { stratifiedFolds } from './stratified-folds'

const fixture = loadKobeFixture()

describe('selectTreeDepth', () => {
  const cv = selectTreeDepth(fixture.columns, fixture.y, { maxDepth: 6, folds: 5, seed: 42 })

  it('picks the depth with the lowest mean validation log loss', () => {
    expect(cv.depths).toEqual([1, 2, 3, 4, 5, 6])
    expect(cv.foldLogLoss).toHaveLength(5)
    expect(cv.meanLogLoss[cv.bestDepth - 1]).toBe(Math.min(...cv.meanLogLoss))
    // deeper trees on 240 rows end in pure leaves: clipped log loss explodes
    expect(cv.meanLogLoss[5]!).toBeGreaterThan(cv.meanLogLoss[0]! + 1)
  })

  it('scores each fold as a tree refitted on the other folds would', () => {
    const fold = stratifiedFolds(fixture.y, 5, 42)
    const rows = (f: number, inFold: boolean) =>
      Array.from(fixture.y.keys()).filter((i) => (fold[i] === f) === inFold)
    const train = rows(2, false)
    const valid = rows(2, true)
    const tree = fitDecisionTree(
      fixture.columns.map((c) => Float64Array.from(train, (i) => c[i]!)),
      Float64Array.from(train, (i) => fixture.y[i]!),
      { maxDepth: 3 },
    )
    const model = decisionTreeJson(tree, 3, {
      features: ['a', 'b', 'c', 'd', 'e', 'f'],
      target: 't',
      training: {},
    })
    const p = valid.map((i) =>
      predictProbaVector(
        model,
        fixture.columns.map((c) => c[i]!),
      ),
    )
    expect(cv.foldLogLoss[2]![2]).toBeCloseTo(
      logLoss(
        valid.map((i) => fixture.y[i]!),
        p,
      ),
      14,
    )
  })
})
