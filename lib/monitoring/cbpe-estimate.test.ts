import { describe, expect, it } from 'vitest'
import { binaryMetrics } from '../metrics/binary-metrics'
import { seededRandom } from '../model/seeded-random'
import { estimatePerformance, ESTIMATED_METRICS, fitCbpe } from './cbpe-estimate'

/** Shots with a known truth: P(made) = sigmoid(1.5 − 3x); the model reports a miscalibrated p². */
function synthetic(n: number, seed: number, shift = 0) {
  const random = seededRandom(seed)
  const truth = new Float64Array(n)
  const score = new Float64Array(n)
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const x = random() + shift
    // beyond x = 1 (unseen by dev) the truth turns around; the model does not know it
    const p = 1 / (1 + Math.exp(-(1.5 - 3 * (x > 1 ? 2 - x : x))))
    truth[i] = p
    score[i] = (1 / (1 + Math.exp(-(1.5 - 3 * x)))) ** 2
    y[i] = random() < p ? 1 : 0
  }
  return { truth, score, y }
}

function realised(y: Float64Array, score: Float64Array) {
  const m = binaryMetrics(y, score, 0.5)
  return {
    accuracy: m.accuracy,
    precision: m.precision,
    recall: m.recall,
    f1_score: m.f1_score,
    roc_auc: m.roc_auc,
  }
}

describe('CBPE arithmetic', () => {
  it('sums calibrated probabilities into the expected confusion matrix and metrics', () => {
    // dev: score 0.2 is made 1 time in 4, score 0.8 three times in 4 → P(made) 0.25 and 0.75
    const dev = { score: [0.2, 0.2, 0.2, 0.2, 0.8, 0.8, 0.8, 0.8], y: [0, 0, 0, 1, 1, 1, 1, 0] }
    const e = estimatePerformance(fitCbpe(dev, { draws: 10 }), [0.2, 0.8, 0.8], 'prod')
    expect(e.confusion).toEqual({ tp: 1.5, fp: 0.5, fn: 0.25, tn: 0.75 })
    expect(e.values.accuracy).toBeCloseTo(2.25 / 3, 12)
    expect(e.values.precision).toBeCloseTo(0.75, 12)
    expect(e.values.recall).toBeCloseTo(1.5 / 1.75, 12)
    expect(e.values.f1_score).toBeCloseTo(3 / (3 + 0.5 + 0.25), 12)
    // expected ROC: the 0.8 pair first (tp 1.5, fp 0.5), then 0.2 (tp 1.75, fp 1.25)
    const auc = (0.5 * 1.5 + 0.75 * (1.5 + 1.75)) / (2 * 1.75 * 1.25)
    expect(e.values.roc_auc).toBeCloseTo(auc, 12)
  })
})

describe('CBPE on synthetic data with a known truth', () => {
  it('without drift, every estimated metric holds the realised value within its interval', () => {
    const dev = synthetic(4000, 1)
    const prod = synthetic(3000, 2)
    const estimate = estimatePerformance(fitCbpe(dev, { seed: 7 }), prod.score, 'prod')
    const truth = realised(prod.y, prod.score)
    for (const m of ESTIMATED_METRICS) {
      const [lo, hi] = estimate.interval[m]!
      expect(truth[m]).toBeGreaterThanOrEqual(lo)
      expect(truth[m]).toBeLessThanOrEqual(hi)
      expect(Math.abs(estimate.values[m]! - truth[m])).toBeLessThan(
        3 * estimate.samplingError[m]! + 0.01,
      )
    }
    // the raw scores are miscalibrated: the estimate is not just the raw scores' expectation
    const rawAccuracy =
      prod.score.reduce((s, p) => s + (p >= 0.5 ? p : 1 - p), 0) / prod.score.length
    expect(Math.abs(rawAccuracy - truth.accuracy)).toBeGreaterThan(0.05)
  })

  it('covers the realised F1 in at least 17 of 20 seeded repetitions', () => {
    let covered = 0
    for (let r = 0; r < 20; r++) {
      const dev = synthetic(2000, 100 + r)
      const prod = synthetic(1500, 200 + r)
      const e = estimatePerformance(fitCbpe(dev, { seed: r, draws: 100 }), prod.score, 'prod')
      const f1 = realised(prod.y, prod.score).f1_score
      const [lo, hi] = e.interval.f1_score!
      if (f1 >= lo && f1 <= hi) covered++
    }
    expect(covered).toBeGreaterThanOrEqual(17)
  })

  it('above 100,000 rows draws on a subsample, keeping the width the exact draws give', () => {
    const dev = synthetic(4000, 8)
    const model = fitCbpe(dev, { draws: 60 })
    // the same distribution just below (every row drawn) and above the subsample limit
    const exact = estimatePerformance(model, synthetic(99_000, 10).score, 'prod')
    const big = estimatePerformance(model, synthetic(150_000, 10).score, 'prod')
    for (const m of ESTIMATED_METRICS) {
      const [lo, hi] = big.interval[m]!
      const [elo, ehi] = exact.interval[m]!
      expect(lo).toBeLessThan(big.values[m]!)
      expect(hi).toBeGreaterThan(big.values[m]!)
      // the calibrator's error does not shrink with more prod rows, label noise barely does
      expect((hi - lo) / (ehi - elo)).toBeGreaterThan(0.88)
      expect((hi - lo) / (ehi - elo)).toBeLessThan(1.1)
    }
  })

  it('misses under a covariate shift into a region dev never saw', () => {
    const dev = synthetic(4000, 3)
    const prod = synthetic(3000, 4, 0.8)
    const estimate = estimatePerformance(fitCbpe(dev), prod.score, 'prod')
    const truth = realised(prod.y, prod.score)
    const [lo, hi] = estimate.interval.accuracy!
    expect(truth.accuracy < lo || truth.accuracy > hi).toBe(true)
  })

  it('says why nothing can be estimated on no rows, never NaN', () => {
    const dev = synthetic(100, 5)
    const e = estimatePerformance(fitCbpe(dev), new Float64Array(0), 'the chunk 2001-02')
    expect(e.values.f1_score).toBeNull()
    expect(e.unavailable.f1_score).toBe(
      'f1_score cannot be estimated: the chunk 2001-02 has no row with a score',
    )
    expect(JSON.stringify(e)).not.toContain('NaN')
  })
})
