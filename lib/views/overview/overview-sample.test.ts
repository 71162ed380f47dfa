import { describe, expect, it } from 'vitest'
import { binaryMetrics } from '../../metrics/binary-metrics'
import { allRows, loaded } from './fixtures/loaded-predictions'
import { madeRates } from './made-rates'
import { metricsAtThreshold } from './metrics-at-threshold'
import { overviewSample, rowCounts } from './overview-sample'

// 8 shots: 2 unknown outcomes (NaN), one labelled shot without a valid probability
const y = [1, 0, 1, 1, 0, NaN, 0, NaN]
const p = [0.8, 0.6, 0.4, 0.55, 0.3, 0.7, NaN, 0.2]

describe('rowCounts', () => {
  it('splits the filtered shots by known outcome and counts the made ones', () => {
    expect(rowCounts(Float64Array.from(y), allRows(8))).toEqual({
      rows: 8,
      labelled: 6,
      unlabelled: 2,
      made: 3,
    })
    expect(rowCounts(Float64Array.from(y), Uint32Array.from([0, 5]))).toEqual({
      rows: 2,
      labelled: 1,
      unlabelled: 1,
      made: 1,
    })
  })
})

describe('metricsAtThreshold', () => {
  const sample = overviewSample('prod', loaded(y, p), allRows(8))
  // the labelled shots with a probability, as the build's binaryMetrics sees them
  const yKept = [1, 0, 1, 1, 0]
  const pKept = [0.8, 0.6, 0.4, 0.55, 0.3]

  it('equals binaryMetrics on the labelled scored rows at every threshold', () => {
    for (const threshold of [0, 0.3, 0.5, 0.55, 0.6, 0.9, 1]) {
      expect(metricsAtThreshold(sample, threshold)).toEqual(binaryMetrics(yKept, pKept, threshold))
    }
  })

  it('reads F1 2/3 at 0.5 (TP 2, FP 1, FN 1) and 0 above every score', () => {
    expect(metricsAtThreshold(sample, 0.5)!.f1_score).toBeCloseTo(2 / 3, 15)
    expect(metricsAtThreshold(sample, 0.95)).toMatchObject({ f1_score: 0, precision: 0, recall: 0 })
  })

  it('is null without a labelled row that has a probability', () => {
    expect(
      metricsAtThreshold(overviewSample('prod', loaded([NaN, NaN], [0.2, 0.9]), allRows(2)), 0.5),
    ).toBeNull()
    expect(
      metricsAtThreshold(overviewSample('dev', loaded([1, 0], null), allRows(2)), 0.5),
    ).toBeNull()
  })
})

describe('madeRates', () => {
  it('counts predicted made over every scored shot, labelled or not, and actual over labelled', () => {
    const rates = madeRates(overviewSample('prod', loaded(y, p), allRows(8)), 0.5)
    expect(rates).toMatchObject({
      labelled: 6,
      made: 3,
      actualRate: 0.5,
      scored: 7,
      predictedMade: 4,
    })
    expect(rates.predictedRate).toBeCloseTo(4 / 7, 15)
    expect(rates.meanScore).toBeCloseTo(3.55 / 7, 15)
  })

  it('has NaN rates, not zeros, when there is nothing to count', () => {
    const rates = madeRates(overviewSample('dev', loaded([NaN], null), allRows(1)), 0.5)
    expect(rates).toMatchObject({ labelled: 0, scored: 0, predictedMade: 0 })
    expect(rates.actualRate).toBeNaN()
    expect(rates.predictedRate).toBeNaN()
    expect(rates.meanScore).toBeNaN()
  })
})
