import { describe, expect, it } from 'vitest'
import { binaryClfCurve } from './binary-clf-curve'
import { brierScore } from './brier-score'
import { scoresFromConfusion } from './classification-scores'
import { confusionFromCurve } from './confusion-from-curve'
import { confusionAtThreshold } from './confusion-matrix'
import { logLoss } from './log-loss'
import { rocAuc } from './roc-auc'
import { rocCurve } from './roc-curve'

describe('log loss clipping', () => {
  it('clips 0 and 1 to the float64 epsilon like scikit-learn ≥ 1.2', () => {
    // a certain, wrong prediction costs −log(eps) = 36.04…; a certain right one costs ≈ 0
    expect(logLoss([1, 0], [0, 0])).toBeCloseTo(-Math.log(Number.EPSILON) / 2, 12)
    expect(logLoss([1], [0], { eps: 1e-15 })).toBeCloseTo(34.538776394910684, 12)
  })
})

describe('ties and degenerate labels', () => {
  it('counts a tied positive/negative pair as one half in the AUC', () => {
    expect(rocAuc([0, 1], [0.5, 0.5])).toBe(0.5)
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75)
  })

  it('gives NaN AUC and NaN tpr without positives, as scikit-learn warns', () => {
    expect(rocAuc([0, 0], [0.2, 0.4])).toBeNaN()
    const roc = rocCurve([0, 0], [0.2, 0.4])
    expect(Array.from(roc.fpr)).toEqual([0, 0.5, 1])
    expect(Array.from(roc.tpr).every(Number.isNaN)).toBe(true)
    expect(Array.from(roc.thresholds)).toEqual([1.4, 0.4, 0.2])
  })

  it('applies zero_division = 0 when nothing is predicted positive', () => {
    const c = confusionAtThreshold([1, 0, 1], [0.2, 0.3, 0.4], 0.5)
    expect(c).toEqual({ tp: 0, fp: 0, tn: 1, fn: 2 })
    expect(scoresFromConfusion(c)).toEqual({ accuracy: 1 / 3, precision: 0, recall: 0, f1: 0 })
  })
})

describe('confusionFromCurve (threshold slider)', () => {
  it('agrees with a full pass at every threshold, including exact score values', () => {
    const y = [1, 0, 1, 1, 0, 0, 1, 0]
    const s = [0.9, 0.8, 0.8, 0.5, 0.5, 0.3, 0.2, 0.1]
    const curve = binaryClfCurve(y, s)
    for (const t of [0, 0.1, 0.2, 0.25, 0.5, 0.51, 0.8, 0.9, 1, 1.5]) {
      expect(confusionFromCurve(curve, t)).toEqual(confusionAtThreshold(y, s, t))
    }
  })
})

describe('input checks', () => {
  it('names the index and value of a bad label or score', () => {
    expect(() => logLoss([0, 2], [0.1, 0.2])).toThrow('yTrue[1] is 2, expected 0 or 1')
    expect(() => brierScore([0, 1], [0.1, NaN])).toThrow('pPositive[1] is NaN')
    expect(() => rocAuc([0, 1], [0.1])).toThrow('yTrue has 2 values but score has 1')
  })
})
