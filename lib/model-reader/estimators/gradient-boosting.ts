import type { Columns, ModelNode, OpSpec } from '../model-node'
import { buildTree, probaColumns, treePredict, type TreeNode } from './decision-tree'
import {
  classLabels,
  EstimatorStateError,
  field,
  ndarray,
  num,
  numbers,
  objectList,
  pyObject,
} from './py-state'

/**
 * Gradient boosting: raw = init + learning_rate * sum of stage trees (one per class column);
 * binary classifiers take the sigmoid, multiclass the softmax, regressors the raw value.
 */
export interface BoostingNode extends ModelNode {
  /** stages[s][k]: the regression tree of stage s for raw column k */
  stages: TreeNode[][]
  learningRate: number
  /** raw prediction before the first stage, one per column */
  init: number[]
  classes: Array<number | string> | null
}

const P = 'sklearn.ensemble._gb.'
const EPS32 = 2 ** -23

function initRaw(obj: import('../py-value').PyObject, k: number, classifier: boolean): number[] {
  const v = field(obj, 'init_')
  if (v === 'zero') return new Array<number>(k).fill(0)
  const init = pyObject(obj, 'init_', v)
  if (!classifier) {
    if (!init.className.endsWith('DummyRegressor')) {
      throw new EstimatorStateError(
        `${obj.className}.init_ is a ${init.className}; only DummyRegressor or 'zero' is supported.`,
      )
    }
    return numbers(init, 'constant_')
  }
  if (!init.className.endsWith('DummyClassifier')) {
    throw new EstimatorStateError(
      `${obj.className}.init_ is a ${init.className}; only DummyClassifier or 'zero' is supported.`,
    )
  }
  const prior = numbers(init, 'class_prior_').map((p) => Math.min(Math.max(p, EPS32), 1 - EPS32))
  if (k === 1) return [Math.log(prior[1]! / (1 - prior[1]!))]
  return prior.map(Math.log)
}

function raw(b: BoostingNode, input: Columns): Float64Array[] {
  const k = b.init.length
  const out = Array.from({ length: k }, (_, c) => new Float64Array(input.rows).fill(b.init[c]!))
  for (const stage of b.stages) {
    for (let c = 0; c < k; c++) {
      const v = treePredict(stage[c]!, input)
      const o = out[c]!
      for (let r = 0; r < input.rows; r++) o[r]! += b.learningRate * v[r]!
    }
  }
  return out
}

function build(obj: import('../py-value').PyObject, classifier: boolean): BoostingNode {
  const est = ndarray(obj, 'estimators_')
  const k = est.shape[1] ?? 1
  const trees = objectList(obj, 'estimators_').map((t) => buildTree(t, false))
  const stages: TreeNode[][] = []
  for (let s = 0; s < trees.length / k; s++) stages.push(trees.slice(s * k, s * k + k))
  return {
    op: classifier ? 'gradient-boosting-classifier' : 'gradient-boosting-regressor',
    className: obj.className,
    stages,
    learningRate: num(obj, 'learning_rate'),
    init: initRaw(obj, k, classifier),
    classes: classifier ? classLabels(obj) : null,
  }
}

export function boostingDecision(node: ModelNode, input: Columns): Float64Array[] {
  return raw(node as BoostingNode, input)
}

export const GRADIENT_BOOSTING_OPS: OpSpec[] = [
  {
    op: 'gradient-boosting-classifier',
    classNames: [P + 'GradientBoostingClassifier'],
    role: 'classifier',
    build: (obj) => build(obj, true),
    apply: (node, input) => {
      const b = node as BoostingNode
      const r = raw(b, input)
      if (r.length === 1) {
        const p1 = r[0]!.map((x) => 1 / (1 + Math.exp(-x)))
        return probaColumns(b.classes ?? [], [p1.map((p) => 1 - p), p1], input.rows)
      }
      const cols = r.map(() => new Float64Array(input.rows))
      for (let i = 0; i < input.rows; i++) {
        let m = -Infinity
        for (const c of r) m = Math.max(m, c[i]!)
        let s = 0
        for (const c of r) s += Math.exp(c[i]! - m)
        r.forEach((c, j) => (cols[j]![i] = Math.exp(c[i]! - m) / s))
      }
      return probaColumns(b.classes ?? [], cols, input.rows)
    },
  },
  {
    op: 'gradient-boosting-regressor',
    classNames: [P + 'GradientBoostingRegressor'],
    role: 'regressor',
    build: (obj) => build(obj, false),
    apply: (node, input) => ({
      names: ['prediction'],
      cols: [raw(node as BoostingNode, input)[0]!],
      rows: input.rows,
    }),
  },
]
