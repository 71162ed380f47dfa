import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { binaryClfCurve } from '../../metrics/binary-clf-curve'
import { averagePrecisionFromClfCurve } from './average-precision'
import { performanceSample, type PerformanceSample } from './performance-sample'
import { performanceSummary } from './performance-summary'
import { reliabilityBins } from './reliability-bins'
import { thresholdMetrics } from './threshold-metrics'
import { predictions } from './fixtures/loaded-predictions'

// written by scripts/crosscheck/performance_view_reference.py (scikit-learn 1.2.1)
const ref = JSON.parse(
  readFileSync(path.join(__dirname, 'fixtures', 'sklearn-performance.json'), 'utf8'),
) as {
  y: number[]
  score: number[]
  average_precision: number
  roc_auc: number
  brier: number
  calibration: { prob_true: number[]; prob_pred: number[]; counts: number[] }
  at_threshold: Record<string, number>[]
}

describe('performance numbers against scikit-learn (240 tied scores)', () => {
  const curve = binaryClfCurve(ref.y, ref.score)

  it('matches average_precision_score', () => {
    expect(averagePrecisionFromClfCurve(curve)).toBeCloseTo(ref.average_precision, 12)
  })

  it('matches calibration_curve(n_bins=10), scores on bin edges going to the lower bin', () => {
    const bins = reliabilityBins(ref.y, ref.score)
    expect(bins.map((b) => b.count)).toEqual(ref.calibration.counts)
    bins.forEach((b, k) => {
      expect(b.fractionPositive).toBeCloseTo(ref.calibration.prob_true[k]!, 12)
      expect(b.meanPredicted).toBeCloseTo(ref.calibration.prob_pred[k]!, 12)
    })
  })

  it('matches the confusion matrix and scores at every pinned threshold', () => {
    for (const expected of ref.at_threshold) {
      const m = thresholdMetrics(curve, expected.threshold!)
      expect({ tp: m.tp, fp: m.fp, tn: m.tn, fn: m.fn }).toEqual({
        tp: expected.tp,
        fp: expected.fp,
        tn: expected.tn,
        fn: expected.fn,
      })
      for (const key of ['precision', 'recall', 'f1', 'accuracy', 'specificity'] as const) {
        expect(m[key]).toBeCloseTo(expected[key]!, 12)
      }
    }
  })

  it('summarises a loaded dataset with the same AUC, AP and Brier score', () => {
    const sample = performanceSample('dev', predictions(ref.y, ref.score), allRows(ref.y.length))
    expect(sample.kind).toBe('ready')
    const summary = performanceSummary(sample as PerformanceSample)
    expect(summary.auc).toBeCloseTo(ref.roc_auc, 12)
    expect(summary.averagePrecision).toBeCloseTo(ref.average_precision, 12)
    expect(summary.brier).toBeCloseTo(ref.brier, 12)
    expect(summary.baseRate).toBeCloseTo(104 / 240, 15)
  })
})

function allRows(n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i)
}
