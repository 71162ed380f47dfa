import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { binaryClfCurve } from '../../metrics/binary-clf-curve'
import { brierScore } from '../../metrics/brier-score'
import { logLoss } from '../../metrics/log-loss'
import { rocAuc } from '../../metrics/roc-auc'
import type { ComparedModel } from '../../site-data/comparison/comparison-types'
import { comparedSide } from './compared-performance'

interface Reference {
  score: number[]
  log_loss: number
  roc_auc: number
  brier: number
}
// scikit-learn 1.2.1 on 300 rows (scripts/crosscheck): logistic scores, and a depth-5 tree's
// (many ties, some exactly 0 and 1)
const reference = JSON.parse(
  readFileSync(path.join(__dirname, '../../metrics/fixtures/sklearn-metrics.json'), 'utf8'),
) as { y_true: number[]; logistic: Reference; tree_depth5: Reference }

const model: ComparedModel = {
  key: 'm',
  reference: 'm',
  name: 'm',
  registeredModel: null,
  version: null,
  runId: null,
  estimator: [],
  clippedScore: false,
  datasets: { dev: null, prod: null },
}

describe.each([
  ['logistic', reference.logistic],
  ['depth-5 tree', reference.tree_depth5],
])('comparedSide on the 300-row scikit-learn fixture: %s scores', (_, sk) => {
  // two more rows the metrics must skip: an unlabelled shot and one without a score
  const target = Float64Array.from([...reference.y_true, NaN, 1])
  const scores = Float64Array.from([...sk.score, 0.5, NaN])
  const all = Uint32Array.from({ length: target.length }, (_, i) => i)

  it("gives scikit-learn's log loss, ROC AUC and Brier score on every labelled row", () => {
    const side = comparedSide(model, 'prod', target, scores, all)!
    expect(side.rows).toBe(300)
    expect(side.log_loss).toBeCloseTo(sk.log_loss, 12)
    expect(side.roc_auc).toBeCloseTo(sk.roc_auc, 14)
    expect(side.brier_score).toBeCloseTo(sk.brier, 14)
  })

  it('equals the per-metric functions on the copied rows of a filter, to the last bit', () => {
    const indices = all.filter((i) => i % 3 !== 1)
    const y: number[] = []
    const p: number[] = []
    for (const i of indices) {
      if (Number.isNaN(target[i]!) || Number.isNaN(scores[i]!)) continue
      y.push(target[i]!)
      p.push(scores[i]!)
    }
    const side = comparedSide(model, 'dev', target, scores, indices)!
    expect(side.rows).toBe(y.length)
    expect(side.rows).toBe(200)
    expect(side.log_loss).toBe(logLoss(y, p))
    expect(side.brier_score).toBe(brierScore(y, p))
    expect(side.roc_auc).toBe(rocAuc(y, p))
    expect(side.curve).toEqual(binaryClfCurve(y, p))
  })

  it('is null when the filter keeps no labelled row with a score', () => {
    expect(comparedSide(model, 'prod', target, scores, Uint32Array.of(300, 301))).toBeNull()
  })
})
