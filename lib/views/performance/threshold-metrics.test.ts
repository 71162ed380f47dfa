import { describe, expect, it } from 'vitest'
import { binaryClfCurve } from '../../metrics/binary-clf-curve'
import { averagePrecisionFromClfCurve } from './average-precision'
import { metricsByThreshold } from './metrics-by-threshold'
import { thresholdMetrics } from './threshold-metrics'
import { thresholdMetricsTable } from './threshold-metrics-table'

const curve = binaryClfCurve([1, 0, 1, 1, 0, 0], [0.9, 0.8, 0.7, 0.3, 0.2, 0.1])

describe('thresholdMetrics', () => {
  it('reads the confusion matrix and its rates at a threshold', () => {
    expect(thresholdMetrics(curve, 0.5)).toEqual({
      threshold: 0.5,
      tp: 2,
      fp: 1,
      tn: 2,
      fn: 1,
      precision: 2 / 3,
      recall: 2 / 3,
      f1: 2 / 3,
      accuracy: 4 / 6,
      specificity: 2 / 3,
      fpr: 1 / 3,
      predictedPositive: 3,
      total: 6,
    })
  })

  it('counts a score equal to the threshold as predicted made', () => {
    expect(thresholdMetrics(curve, 0.7)).toMatchObject({ tp: 2, fp: 1, predictedPositive: 3 })
    expect(thresholdMetrics(curve, 0.70001)).toMatchObject({ tp: 1, fp: 1 })
  })

  it('gives zero precision when nothing is predicted made (zero_division = 0)', () => {
    expect(thresholdMetrics(curve, 0.95)).toMatchObject({
      tp: 0,
      fp: 0,
      precision: 0,
      recall: 0,
      f1: 0,
      specificity: 1,
      accuracy: 0.5,
    })
  })
})

describe('averagePrecisionFromClfCurve', () => {
  it('matches the scikit-learn documentation example and is NaN without positives', () => {
    const example = binaryClfCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    expect(averagePrecisionFromClfCurve(example)).toBeCloseTo(0.8333333333333333, 15)
    expect(averagePrecisionFromClfCurve(binaryClfCurve([0, 0], [0.1, 0.4]))).toBeNaN()
  })
})

describe('metricsByThreshold', () => {
  it('evaluates 101 thresholds 0.00 … 1.00 from the sorted curve', () => {
    const grid = metricsByThreshold(curve)
    expect(grid.thresholds).toHaveLength(101)
    expect(grid.thresholds[30]).toBe(0.3)
    expect(grid.thresholds[7]).toBe(0.07)
    expect(grid.recall[30]).toBe(1)
    expect(grid.precision[30]).toBe(3 / 4)
    expect(grid.f1[50]).toBeCloseTo(2 / 3, 15)
    expect(grid.accuracy[0]).toBe(0.5)
    expect(grid.accuracy[100]).toBe(0.5)
  })
})

describe('thresholdMetricsTable', () => {
  it('lists dev, prod and prod − dev per metric', () => {
    const dev = thresholdMetrics(curve, 0.5)
    const prod = thresholdMetrics(curve, 0.95)
    const rows = thresholdMetricsTable(dev, prod)
    expect(rows.map((r) => r.metric)).toEqual([
      'precision',
      'recall',
      'f1',
      'accuracy',
      'specificity',
      'tp',
      'fp',
      'fn',
      'tn',
    ])
    expect(rows[2]).toMatchObject({
      metric: 'f1',
      kind: 'rate',
      dev: 2 / 3,
      prod: 0,
      delta: -2 / 3,
    })
    expect(rows[5]).toMatchObject({ metric: 'tp', kind: 'count', dev: 2, prod: 0, delta: -2 })
    expect(thresholdMetricsTable(dev, undefined)[0]).toMatchObject({ prod: null, delta: null })
  })
})
