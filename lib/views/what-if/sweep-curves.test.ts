import { describe, expect, it } from 'vitest'
import type { DecisionTreeJson, LogisticRegressionJson } from '../../model/model-json'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import { sweepCurves, sweepGrid } from './sweep-curves'

const spec = (name: string, min: number, max: number, integer: boolean): FeatureSpec => ({
  name,
  label: name,
  unit: '',
  min,
  max,
  step: integer ? 1 : 0.01,
  integer,
  default: min,
  train: null,
})
const distance = spec('d', 0, 92, true)
const angle = spec('a', -1, 1, false)

const lr: LogisticRegressionJson = {
  format: 'kobe-model-json',
  version: 1,
  features: ['a', 'd'],
  target: 'y',
  training: {},
  type: 'logistic_regression',
  intercept: 1,
  coefficients: [2, -0.1],
  hyperparameters: { penalty: 'l2', C: 1 },
}
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

describe('sweepGrid', () => {
  it('visits every whole value of an integer input and spaces a continuous one evenly', () => {
    expect(sweepGrid(distance)).toHaveLength(93)
    expect(sweepGrid(spec('period', 1, 7, true))).toEqual(Float64Array.of(1, 2, 3, 4, 5, 6, 7))
    const g = sweepGrid(angle, 5)
    expect(Array.from(g)).toEqual([-1, -0.5, 0, 0.5, 1])
    expect(sweepGrid(spec('big', 0, 1000, true), 11)).toHaveLength(11)
  })
})

describe('sweepCurves', () => {
  it('moves one input at a time, the others held at the form values', () => {
    const [a] = sweepCurves(lr, [angle, distance], { a: 0.5, d: 10 }, 5)
    const [, d] = sweepCurves(lr, [angle, distance], { a: 0.5, d: 10 })
    expect(a!.feature).toBe('a')
    // P = σ(1 + 2a − 0.1·10) = σ(2a)
    expect(Array.from(a!.p)).toEqual([-1, -0.5, 0, 0.5, 1].map((v) => sigmoid(2 * v)))
    expect(a!.current).toEqual({ x: 0.5, p: sigmoid(1) })
    expect(d!.x).toHaveLength(93)
    expect(d!.p[30]).toBeCloseTo(sigmoid(1 + 1 - 3), 15)
    expect(d!.current.p).toBe(a!.current.p)
  })

  it('skips specs the model does not use and refuses a missing model input', () => {
    expect(sweepCurves(lr, [spec('other', 0, 1, true)], { a: 0, d: 0 })).toEqual([])
    expect(() => sweepCurves(lr, [angle], { a: 0 })).toThrow(
      'what-if: feature "d" has no value (undefined)',
    )
  })

  it('draws a decision tree as steps, split compared in float32', () => {
    const tree: DecisionTreeJson = {
      format: 'kobe-model-json',
      version: 1,
      features: ['d'],
      target: 'y',
      training: {},
      type: 'decision_tree',
      hyperparameters: { criterion: 'gini', max_depth: 1 },
      tree: {
        feature: [0, -1, -1],
        threshold: [9.5, -2, -2],
        left: [1, -1, -1],
        right: [2, -1, -1],
        value: [0.5, 0.6, 0.3],
        samples: [10, 5, 5],
      },
    }
    const [d] = sweepCurves(tree, [distance], { d: 3 })
    expect(d!.p[9]).toBe(0.6)
    expect(d!.p[10]).toBe(0.3)
    expect(d!.current).toEqual({ x: 3, p: 0.6 })
  })
})
