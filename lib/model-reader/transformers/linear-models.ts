import type { Columns, ModelNode, OpSpec } from '../model-node'
import { labels, numbers, numericCol, shapeOf } from '../nd'

/** x·w + b for each row and each output. */
function linear(
  input: Columns,
  coef: number[][],
  intercept: number[],
  who: string,
): Float64Array[] {
  const nf = coef[0]?.length ?? 0
  if (input.cols.length !== nf)
    throw new Error(`${who} expects ${nf} input columns but got ${input.cols.length}.`)
  const cols = Array.from({ length: nf }, (_, j) => numericCol(input, j, who))
  return coef.map((w, k) => {
    const out = new Float64Array(input.rows)
    for (let r = 0; r < input.rows; r++) {
      let s = 0
      for (let j = 0; j < nf; j++) s += cols[j]![r]! * w[j]!
      out[r] = s + intercept[k]!
    }
    return out
  })
}

function rows2d(flat: number[], shape: number[]): number[][] {
  if (shape.length < 2) return [flat]
  const [n, m] = shape
  return Array.from({ length: n ?? 0 }, (_, i) => flat.slice(i * (m ?? 0), (i + 1) * (m ?? 0)))
}

const expit = (x: number) => 1 / (1 + Math.exp(-x))

/**
 * sklearn.linear_model.LogisticRegression: binary (expit), multinomial (softmax) and one-vs-rest;
 * `output: 'decision'` gives decision_function instead.
 */
export const logisticRegressionOp: OpSpec = {
  op: 'logistic-regression',
  classNames: [
    'sklearn.linear_model._logistic.LogisticRegression',
    'sklearn.linear_model.logistic.LogisticRegression',
  ],
  role: 'classifier',
  build(obj, ctx) {
    const s = obj.state
    const classes = labels(s.classes_)
    const coef = rows2d(numbers(s.coef_, ctx.file, 'coef_'), shapeOf(s.coef_))
    const intercept = numbers(s.intercept_, ctx.file, 'intercept_')
    const solver = String(s.solver ?? 'lbfgs')
    const mc = String(s.multi_class ?? 'auto')
    const multinomial =
      classes.length > 2 && (mc === 'multinomial' || (mc === 'auto' && solver !== 'liblinear'))
    return {
      op: 'logistic-regression',
      className: obj.className,
      classes,
      coef,
      intercept,
      multinomial,
    }
  },
  apply(node, input) {
    const n = node as ModelNode & {
      classes: Array<number | string>
      coef: number[][]
      intercept: number[]
      multinomial: boolean
    }
    const z = linear(input, n.coef, n.intercept, 'LogisticRegression')
    // decision_function, as CalibratedClassifierCV calibrates it: one column per row of coef_
    if (node.output === 'decision')
      return { names: z.map((_, k) => `decision_${k}`), cols: z, rows: input.rows }
    const names = n.classes.map(String)
    if (n.classes.length === 2 && z.length === 1) {
      const p1 = z[0]!.map(expit)
      return { names, cols: [p1.map((p) => 1 - p), p1], rows: input.rows }
    }
    const cols = z.map(() => new Float64Array(input.rows))
    for (let r = 0; r < input.rows; r++) {
      if (n.multinomial) {
        let max = -Infinity
        for (const c of z) max = Math.max(max, c[r]!)
        let sum = 0
        for (let k = 0; k < z.length; k++) sum += cols[k]![r] = Math.exp(z[k]![r]! - max)
        for (let k = 0; k < z.length; k++) cols[k]![r]! /= sum
      } else {
        let sum = 0
        for (let k = 0; k < z.length; k++) sum += cols[k]![r] = expit(z[k]![r]!)
        for (let k = 0; k < z.length; k++) cols[k]![r]! /= sum
      }
    }
    return { names, cols, rows: input.rows }
  },
}

/** LinearRegression, Ridge, Lasso, ElasticNet: one `prediction` column, x·coef_ + intercept_. */
export const linearRegressorOp: OpSpec = {
  op: 'linear-regressor',
  classNames: [
    'sklearn.linear_model._base.LinearRegression',
    'sklearn.linear_model._ridge.Ridge',
    'sklearn.linear_model._coordinate_descent.Lasso',
    'sklearn.linear_model._coordinate_descent.ElasticNet',
  ],
  role: 'regressor',
  build(obj, ctx) {
    const s = obj.state
    const coef = numbers(s.coef_, ctx.file, 'coef_')
    const intercept =
      s.intercept_ === undefined ? [0] : numbers(s.intercept_, ctx.file, 'intercept_')
    return {
      op: 'linear-regressor',
      className: obj.className,
      coef: [coef],
      intercept: [intercept[0]],
    }
  },
  apply(node, input) {
    const n = node as ModelNode & { coef: number[][]; intercept: number[] }
    const [p] = linear(input, n.coef, n.intercept, node.className.split('.').pop() ?? 'regressor')
    return { names: ['prediction'], cols: [p!], rows: input.rows }
  },
}
