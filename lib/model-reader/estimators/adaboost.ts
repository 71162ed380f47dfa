import type { Columns, ModelNode, OpSpec } from '../model-node'
import { probaColumns } from './decision-tree'
import { classLabels, field, numbers, objectList } from './py-state'

/**
 * AdaBoost as scikit-learn computes predict_proba: SAMME sums each member's one-hot vote times
 * its weight; SAMME.R (before sklearn 1.6) sums (K-1)(log p - mean log p). Both divide by the
 * total weight, then softmax (binary: of ±decision/2, multiclass: of decision/(K-1)).
 */
export interface AdaBoostNode extends ModelNode {
  members: ModelNode[]
  weights: number[]
  real: boolean
  classes: Array<number | string>
}

const EPS64 = 2 ** -52

type Apply = (node: ModelNode, input: Columns) => Columns

/** decision_function: one column for two classes, K columns otherwise. */
export function adaboostDecision(node: ModelNode, input: Columns, apply: Apply): Float64Array[] {
  const a = node as AdaBoostNode
  const k = a.classes.length
  const n = input.rows
  const pred = Array.from({ length: k }, () => new Float64Array(n))
  a.members.forEach((m, e) => {
    const p = apply(m, input).cols as Float64Array[]
    for (let r = 0; r < n; r++) {
      if (a.real) {
        let meanLog = 0
        const logs = p.map((c) => Math.log(Math.max(c[r]!, EPS64)))
        for (const l of logs) meanLog += l
        meanLog *= 1 / k
        for (let c = 0; c < k; c++) pred[c]![r]! += (k - 1) * (logs[c]! - meanLog)
      } else {
        let best = 0
        for (let c = 1; c < k; c++) if (p[c]![r]! > p[best]![r]!) best = c
        pred[best]![r]! += a.weights[e]!
      }
    }
  })
  let total = 0
  for (const w of a.weights) total += w
  for (const c of pred) for (let r = 0; r < n; r++) c[r]! /= total
  if (k === 2) return [pred[1]!.map((v, r) => v - pred[0]![r]!)]
  return pred
}

function softmax(cols: Float64Array[], n: number): Float64Array[] {
  const out = cols.map(() => new Float64Array(n))
  for (let r = 0; r < n; r++) {
    let m = -Infinity
    for (const c of cols) m = Math.max(m, c[r]!)
    let s = 0
    for (const c of cols) s += Math.exp(c[r]! - m)
    cols.forEach((c, j) => (out[j]![r] = Math.exp(c[r]! - m) / s))
  }
  return out
}

export const ADABOOST_OPS: OpSpec[] = [
  {
    op: 'adaboost-classifier',
    classNames: ['sklearn.ensemble._weight_boosting.AdaBoostClassifier'],
    role: 'classifier',
    build: (obj, ctx): AdaBoostNode => {
      const members = objectList(obj, 'estimators_')
      const weights = numbers(obj, 'estimator_weights_').slice(0, members.length)
      return {
        op: 'adaboost-classifier',
        className: obj.className,
        members: members.map((m) => ctx.build(m)),
        weights,
        real: field(obj, 'algorithm') === 'SAMME.R',
        classes: classLabels(obj),
      }
    },
    apply: (node, input, apply) => {
      const a = node as AdaBoostNode
      const n = input.rows
      const d = adaboostDecision(node, input, apply)
      const k = a.classes.length
      const scaled =
        k === 2
          ? [d[0]!.map((v) => -v / 2), d[0]!.map((v) => v / 2)]
          : d.map((c) => c.map((v) => v / (k - 1)))
      return probaColumns(a.classes, softmax(scaled, n), n)
    },
  },
]
