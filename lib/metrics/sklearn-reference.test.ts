import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { binaryMetrics } from './binary-metrics'
import { logLoss } from './log-loss'
import { precisionRecallCurve } from './precision-recall-curve'
import { rocAuc } from './roc-auc'
import { rocCurve } from './roc-curve'

interface MetricsReference {
  score: number[]
  log_loss: number
  'log_loss_eps_1e-15': number
  roc_auc: number
  f1: number
  accuracy: number
  precision: number
  recall: number
  brier: number
  roc_curve: { fpr: number[]; tpr: number[]; thresholds: number[] }
  pr_curve: { precision: number[]; recall: number[]; thresholds: number[] }
}
const reference = JSON.parse(
  readFileSync(path.join(__dirname, 'fixtures', 'sklearn-metrics.json'), 'utf8'),
) as { y_true: number[]; logistic: MetricsReference; tree_depth5: MetricsReference }
const y = Float64Array.from(reference.y_true)

function expectClose(actual: ArrayLike<number>, expected: number[], digits = 12) {
  expect(actual.length).toBe(expected.length)
  expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, digits))
}

describe.each([
  ['logistic regression scores (all distinct)', reference.logistic],
  ['depth-5 tree scores (many ties, some 0 and 1)', reference.tree_depth5],
])('scikit-learn 1.2.1 metrics on the 300-row fixture: %s', (_, sk) => {
  const score = Float64Array.from(sk.score)

  it('matches log_loss (eps = float64 epsilon and eps = 1e-15), roc_auc, brier, f1, …', () => {
    const m = binaryMetrics(y, score)
    expect(m.log_loss).toBeCloseTo(sk.log_loss, 12)
    expect(logLoss(y, score, { eps: 1e-15 })).toBeCloseTo(sk['log_loss_eps_1e-15'], 12)
    expect(m.roc_auc).toBeCloseTo(sk.roc_auc, 14)
    expect(rocAuc(y, score)).toBe(m.roc_auc)
    expect(m.brier_score).toBeCloseTo(sk.brier, 14)
    expect(m.f1_score).toBeCloseTo(sk.f1, 14)
    expect(m.accuracy).toBeCloseTo(sk.accuracy, 14)
    expect(m.precision).toBeCloseTo(sk.precision, 14)
    expect(m.recall).toBeCloseTo(sk.recall, 14)
  })

  it('matches roc_curve with drop_intermediate', () => {
    const roc = rocCurve(y, score)
    expectClose(roc.fpr, sk.roc_curve.fpr, 14)
    expectClose(roc.tpr, sk.roc_curve.tpr, 14)
    expectClose(roc.thresholds, sk.roc_curve.thresholds, 14)
  })

  it('matches precision_recall_curve', () => {
    const pr = precisionRecallCurve(y, score)
    expectClose(pr.precision, sk.pr_curve.precision, 14)
    expectClose(pr.recall, sk.pr_curve.recall, 14)
    expectClose(pr.thresholds, sk.pr_curve.thresholds, 14)
  })
})

it('pins the fixture figures themselves', () => {
  expect(reference.logistic.log_loss).toBeCloseTo(0.6609, 4)
  expect(reference.logistic.roc_auc).toBeCloseTo(0.6215, 4)
  // drop_intermediate keeps 140 of the 283 distinct logistic scores (+ the (0, 0) start)
  expect(rocCurve(y, reference.logistic.score).fpr.length).toBe(140)
  expect(precisionRecallCurve(y, reference.logistic.score).precision.length).toBe(283)
})
