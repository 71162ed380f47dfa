import type { BuildContext, Columns, ModelNode, OpSpec } from '../model-node'
import { numericCol } from '../nd'
import type { PyObject } from '../py-value'
import { probaColumns } from './decision-tree'
import { classLabels, EstimatorStateError, field, pyObject, shortName } from './py-state'
import { readXgbBooster, type XgbTree } from './xgboost-booster'

/**
 * xgboost.sklearn.XGBClassifier / XGBRegressor, and their random forests XGBRFClassifier /
 * XGBRFRegressor (one round of `num_parallel_tree` trees, whose leaf values add up the same way),
 * scored as XGBoost's CPU predictor does: inputs
 * cast to float32, a split sends `x < threshold` left and a missing value (NaN, or the estimator's
 * `missing`) its default way, and each output's margin starts at the base margin and adds the
 * trees' leaf values one tree at a time in float32; the objective's transform (sigmoid, softmax)
 * is applied in float32 too.
 */
export interface XgbNode extends ModelNode {
  objective: Objective
  /** margin every output starts from (base_score through the objective's link), float32 */
  baseMargin: number
  groups: number
  treeGroup: number[]
  weights: number[] | null
  trees: XgbTree[]
  /** value counted as missing besides NaN (float32), or null */
  missing: number | null
  numFeature: number
  /** the booster's feature names; null when it was fitted on a plain array */
  featureNames: string[] | null
  classes: Array<number | string> | null
}

type Objective = 'logistic' | 'logitraw' | 'softmax' | 'identity'

/**
 * The objectives read, by the transform predict applies. binary:logitraw's predict_proba in
 * xgboost returns the raw margin; its probability is the margin's sigmoid, which is given here.
 */
const OBJECTIVES: Record<string, Objective> = {
  'binary:logistic': 'logistic',
  'reg:logistic': 'logistic',
  'binary:logitraw': 'logitraw',
  'multi:softprob': 'softmax',
  'multi:softmax': 'softmax',
  'reg:squarederror': 'identity',
}

const f32 = Math.fround

/**
 * ProbToMargin of the objective, in float32 as XGBoost computes it: logistic objectives store
 * base_score as a probability; logitraw, softmax and squared error use it as the margin.
 */
function baseMargin(objective: Objective, baseScore: number): number {
  const b = f32(baseScore)
  if (objective === 'logistic') return f32(-Math.log(f32(f32(1 / b) - 1)))
  return b
}

function build(obj: PyObject, classifier: boolean, ctx: BuildContext): XgbNode {
  const what = `${ctx.file}: ${shortName(obj.className)}`
  const booster = pyObject(obj, '_Booster', field(obj, '_Booster'))
  if (booster.className !== 'xgboost.core.Booster')
    throw new EstimatorStateError(`${what}._Booster is a ${booster.className}, not a Booster.`)
  const handle = booster.state.handle
  if (!(handle instanceof Uint8Array))
    throw new EstimatorStateError(`${what}'s Booster holds no model bytes (handle).`)
  const b = readXgbBooster(handle, what)
  const objective = OBJECTIVES[b.objective]
  if (!objective)
    throw new EstimatorStateError(
      `${what} has the objective ${b.objective}; the model reader supports ${Object.keys(OBJECTIVES).join(', ')}.`,
    )
  // predict stops after early stopping's best round, as XGBModel._get_iteration_range does
  const count =
    b.bestIteration === null
      ? b.trees.length
      : Math.min(b.trees.length, (b.bestIteration + 1) * b.roundTrees)
  const missing = obj.state.missing
  const classes = classifier ? classLabels(obj) : null
  if (classes && b.groups > 1 && classes.length !== b.groups)
    throw new EstimatorStateError(
      `${what} has ${classes.length} classes but its booster ${b.groups} outputs.`,
    )
  if (!classifier && (b.groups > 1 || objective === 'softmax'))
    throw new EstimatorStateError(
      `${what} has ${b.groups} outputs (${b.objective}); a regressor has one.`,
    )
  return {
    op: classifier ? 'xgboost-classifier' : 'xgboost-regressor',
    className: obj.className,
    objective,
    baseMargin: baseMargin(objective, b.baseScore),
    groups: b.groups,
    treeGroup: b.treeGroup.slice(0, count),
    weights: b.weights?.slice(0, count) ?? null,
    trees: b.trees.slice(0, count),
    missing: typeof missing === 'number' && !Number.isNaN(missing) ? f32(missing) : null,
    numFeature: b.numFeature,
    featureNames: b.featureNames.length ? b.featureNames : null,
    classes,
  }
}

interface FlatTree {
  left: Int32Array
  right: Int32Array
  /** the child a missing value goes to (default_left's) */
  missing: Int32Array
  feature: Int32Array
  cond: Float64Array
}

const FLAT = new WeakMap<XgbTree, FlatTree>()

function flat(t: XgbTree): FlatTree {
  let f = FLAT.get(t)
  if (!f) {
    f = {
      left: Int32Array.from(t.left),
      right: Int32Array.from(t.right),
      feature: Int32Array.from(t.feature),
      missing: Int32Array.from(t.left, (l, i) => (t.defaultLeft[i] === 1 ? l : t.right[i]!)),
      cond: Float64Array.from(t.cond, f32),
    }
    FLAT.set(t, f)
  }
  return f
}

/** Each output's margin per row (float32 values in float64 arrays). */
export function xgbMargins(n: XgbNode, input: Columns): Float64Array[] {
  const who = shortName(n.className)
  if (input.cols.length !== n.numFeature)
    throw new Error(`${who} expects ${n.numFeature} input columns but got ${input.cols.length}.`)
  const rows = input.rows
  const nf = n.numFeature
  // row-major float32 values, a missing one (NaN or the estimator's `missing`) as NaN
  const x = new Float64Array(rows * nf)
  const miss = n.missing
  for (let j = 0; j < nf; j++) {
    const col = numericCol(input, j, who)
    for (let r = 0; r < rows; r++) {
      const v = f32(col[r]!)
      x[r * nf + j] = v === miss ? NaN : v
    }
  }
  const out = Array.from({ length: n.groups }, () => new Float64Array(rows).fill(n.baseMargin))
  n.trees.forEach((t, k) => {
    const { left, right, missing, feature, cond } = flat(t)
    const m = out[n.treeGroup[k]!]!
    const w = n.weights ? f32(n.weights[k]!) : null
    for (let r = 0, base = 0; r < rows; r++, base += nf) {
      let i = 0
      while (left[i]! !== -1) {
        const v = x[base + feature[i]!]!
        i = v < cond[i]! ? left[i]! : v !== v ? missing[i]! : right[i]!
      }
      const leaf = w === null ? cond[i]! : f32(cond[i]! * w)
      m[r] = f32(m[r]! + leaf)
    }
  })
  return out
}

const sigmoid = (m: number) => f32(1 / f32(1 + f32(Math.exp(-m))))

function softmax(margins: Float64Array[], rows: number): Float64Array[] {
  const cols = margins.map(() => new Float64Array(rows))
  for (let r = 0; r < rows; r++) {
    let max = -Infinity
    for (const c of margins) max = Math.max(max, c[r]!)
    let sum = 0
    cols.forEach((c, k) => (sum = f32(sum + (c[r] = f32(Math.exp(margins[k]![r]! - max))))))
    for (const c of cols) c[r] = f32(c[r]! / sum)
  }
  return cols
}

export const XGBOOST_OPS: OpSpec[] = [
  {
    op: 'xgboost-classifier',
    classNames: ['xgboost.sklearn.XGBClassifier', 'xgboost.sklearn.XGBRFClassifier'],
    role: 'classifier',
    build: (obj, ctx) => build(obj, true, ctx),
    apply: (node, input) => {
      const n = node as XgbNode
      const m = xgbMargins(n, input)
      if (n.objective === 'softmax')
        return probaColumns(n.classes ?? [], softmax(m, input.rows), input.rows)
      const p1 = m[0]!.map(n.objective === 'identity' ? (v) => v : sigmoid)
      return probaColumns(n.classes ?? [], [p1.map((p) => f32(1 - p)), p1], input.rows)
    },
  },
  {
    op: 'xgboost-regressor',
    classNames: ['xgboost.sklearn.XGBRegressor', 'xgboost.sklearn.XGBRFRegressor'],
    role: 'regressor',
    build: (obj, ctx) => build(obj, false, ctx),
    apply: (node, input) => {
      const n = node as XgbNode
      const m = xgbMargins(n, input)[0]!
      const cols = [n.objective === 'identity' ? m : m.map(sigmoid)]
      return { names: ['prediction'], cols, rows: input.rows }
    },
  },
]
