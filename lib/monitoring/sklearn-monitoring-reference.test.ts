import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { brierScore } from '../metrics/brier-score'
import { calibrationError } from './calibration-error'
import { applyIsotonic, fitIsotonic, isotonicDescending } from './isotonic-calibrator'
import { thresholdOptima, type ValueMatrix } from './threshold-optimum'

interface Choice {
  threshold: number
  value: number
}
const reference = JSON.parse(
  readFileSync(path.join(__dirname, 'fixtures', 'sklearn-monitoring-reference.json'), 'utf8'),
) as {
  y: number[]
  score: number[]
  calibration: {
    prob_true: number[]
    prob_pred: number[]
    counts: number[]
    ece: number
    mce: number
  }
  isotonic: { query: number[]; predicted: number[] }
  thresholds: { f1: Choice; youden: Choice; value: Choice; value_matrix: ValueMatrix }
}
const y = Float64Array.from(reference.y)
const score = Float64Array.from(reference.score)

describe('calibration error against scikit-learn calibration_curve (uniform, 10 bins)', () => {
  const result = calibrationError(y, score)
  it('puts every score, bin edges included, in the bin scikit-learn does', () => {
    expect(result.bins.map((b) => b.count)).toEqual(reference.calibration.counts)
    result.bins.forEach((bin, k) => {
      expect(bin.fractionPositive).toBeCloseTo(reference.calibration.prob_true[k]!, 12)
      expect(bin.meanPredicted).toBeCloseTo(reference.calibration.prob_pred[k]!, 12)
    })
  })
  it('gives the ECE and MCE computed from those bins', () => {
    expect(result.ece).toBeCloseTo(reference.calibration.ece, 12)
    expect(result.mce).toBeCloseTo(reference.calibration.mce, 12)
    expect(result.ece).toBeGreaterThan(0.01)
  })
  it('refuses a score outside [0, 1], naming it', () => {
    expect(() => calibrationError([0, 1], [0.2, 1.5])).toThrow('pPositive[1] is 1.5')
  })
  it('is zero for perfectly calibrated bins and beside a Brier score', () => {
    const perfect = calibrationError([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])
    expect(perfect.ece).toBe(0)
    expect(brierScore([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.25)
  })
})

describe('isotonic calibrator against IsotonicRegression(out_of_bounds="clip")', () => {
  it('predicts what scikit-learn predicts, inside and outside the fitted range', () => {
    const calibrator = fitIsotonic(score, y)
    reference.isotonic.query.forEach((q, i) => {
      expect(applyIsotonic(calibrator, q)).toBeCloseTo(reference.isotonic.predicted[i]!, 12)
    })
  })
  it('gives the same values walking down sorted scores', () => {
    const calibrator = fitIsotonic(score, y)
    const sorted = [...reference.isotonic.query, ...reference.score].sort((a, b) => b - a)
    const walk = isotonicDescending(calibrator)
    for (const q of sorted) expect(walk(q)).toBe(applyIsotonic(calibrator, q))
  })
})

describe('threshold optima, exact over the distinct scores', () => {
  const optima = thresholdOptima(y, score, reference.thresholds.value_matrix)
  it('maximises F1 where precision_recall_curve does', () => {
    expect(optima.f1!.threshold).toBe(reference.thresholds.f1.threshold)
    expect(optima.f1!.value).toBeCloseTo(reference.thresholds.f1.value, 12)
  })
  it("maximises Youden's J where roc_curve does", () => {
    expect(optima.youden!.threshold).toBe(reference.thresholds.youden.threshold)
    expect(optima.youden!.value).toBeCloseTo(reference.thresholds.youden.value, 12)
  })
  it('maximises the value matrix as a brute force over thresholds does', () => {
    expect(optima.value!.threshold).toBe(reference.thresholds.value.threshold)
    expect(optima.value!.value).toBe(reference.thresholds.value.value)
  })
  it('gives each choice the confusion counts of score >= its threshold', () => {
    for (const choice of [optima.f1!, optima.youden!, optima.value!]) {
      const counts = { tp: 0, fp: 0, tn: 0, fn: 0 }
      y.forEach((label, i) => {
        const made = score[i]! >= choice.threshold
        if (made) counts[label === 1 ? 'tp' : 'fp']++
        else counts[label === 1 ? 'fn' : 'tn']++
      })
      expect(choice.confusion).toEqual(counts)
    }
    expect(optima.value!.confusion.tp + optima.value!.confusion.fn).toBeGreaterThan(0)
  })
  it('says why a choice is missing with one class', () => {
    const single = thresholdOptima([0, 0, 0], [0.1, 0.4, 0.3], undefined, 'prod')
    expect(single.youden).toBeNull()
    expect(single.unavailable.youden).toContain('every labelled row of prod is class 0')
    expect(thresholdOptima([], [], undefined, 'prod').unavailable.f1).toBe(
      'prod has no labelled row with a score',
    )
  })
})
