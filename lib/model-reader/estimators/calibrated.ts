import type { Columns, ModelNode, OpSpec } from '../model-node'
import type { PyObject } from '../py-value'
import { adaboostDecision } from './adaboost'
import { probaColumns } from './decision-tree'
import { boostingDecision } from './gradient-boosting'
import {
  classLabels,
  EstimatorStateError,
  field,
  num,
  numbers,
  objectList,
  pyObject,
} from './py-state'

/**
 * CalibratedClassifierCV: each fold's estimator output (decision_function when it has one, else
 * predict_proba, positive column only for two classes) goes through one calibrator per class,
 * then the probabilities are normalised and averaged over folds (one fold when ensemble=False).
 */
type Calibrator =
  | { kind: 'sigmoid'; a: number; b: number }
  | { kind: 'isotonic'; x: number[]; y: number[]; lo: number; hi: number }

interface Fold {
  estimator: ModelNode
  /** index in the ensemble's classes_ of each calibrator */
  classIndex: number[]
  calibrators: Calibrator[]
}

export interface CalibratedNode extends ModelNode {
  folds: Fold[]
  classes: Array<number | string>
}

type Apply = (node: ModelNode, input: Columns) => Columns

/** Ops without decision_function in scikit-learn: calibrated on predict_proba. */
const PROBA_ONLY = new Set(['decision-tree-classifier', 'forest-classifier'])

function rawOutput(est: ModelNode, input: Columns, apply: Apply, k: number): Float64Array[] {
  if (est.op === 'gradient-boosting-classifier') return boostingDecision(est, input)
  if (est.op === 'adaboost-classifier') return adaboostDecision(est, input, apply)
  if (PROBA_ONLY.has(est.op)) {
    const p = apply(est, input).cols as Float64Array[]
    return k === 2 ? p.slice(1) : p
  }
  const d = apply({ ...est, output: 'decision' }, input)
  if (!d.names.every((n) => n.startsWith('decision'))) {
    throw new EstimatorStateError(
      `CalibratedClassifierCV cannot get the decision_function of ${est.className}.`,
    )
  }
  return d.cols as Float64Array[]
}

function calibrate(c: Calibrator, t: number): number {
  if (c.kind === 'sigmoid') return 1 / (1 + Math.exp(c.a * t + c.b))
  const { x, y } = c
  if (x.length === 1) return y[0]!
  const v = Math.min(Math.max(t, c.lo), c.hi)
  if (v <= x[0]!) return y[0]!
  if (v >= x[x.length - 1]!) return y[y.length - 1]!
  let lo = 0
  let hi = x.length - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (x[mid]! <= v) lo = mid
    else hi = mid
  }
  const x0 = x[lo]!
  const x1 = x[hi]!
  return y[lo]! + ((y[hi]! - y[lo]!) * (v - x0)) / (x1 - x0)
}

function buildCalibrator(owner: PyObject, c: PyObject): Calibrator {
  if (c.className.endsWith('_SigmoidCalibration'))
    return { kind: 'sigmoid', a: num(c, 'a_'), b: num(c, 'b_') }
  if (c.className.endsWith('IsotonicRegression')) {
    return {
      kind: 'isotonic',
      x: numbers(c, 'X_thresholds_'),
      y: numbers(c, 'y_thresholds_'),
      lo: num(c, 'X_min_'),
      hi: num(c, 'X_max_'),
    }
  }
  throw new EstimatorStateError(`${owner.className} has an unsupported calibrator ${c.className}.`)
}

export const CALIBRATED_OPS: OpSpec[] = [
  {
    op: 'calibrated-classifier',
    classNames: ['sklearn.calibration.CalibratedClassifierCV'],
    role: 'classifier',
    build: (obj, ctx): CalibratedNode => {
      const classes = classLabels(obj)
      const folds = objectList(obj, 'calibrated_classifiers_').map((f): Fold => {
        const est = pyObject(f, 'estimator', f.state.estimator ?? field(f, 'base_estimator'))
        const estClasses = classLabels(est).map(String)
        return {
          estimator: ctx.build(est),
          classIndex: estClasses.map((c) => classes.map(String).indexOf(c)),
          calibrators: objectList(f, 'calibrators').map((c) => buildCalibrator(obj, c)),
        }
      })
      return { op: 'calibrated-classifier', className: obj.className, folds, classes }
    },
    apply: (node, input, apply) => {
      const c = node as CalibratedNode
      const k = c.classes.length
      const n = input.rows
      const mean = Array.from({ length: k }, () => new Float64Array(n))
      for (const fold of c.folds) {
        const raw = rawOutput(fold.estimator, input, apply, k)
        const proba = Array.from({ length: k }, () => new Float64Array(n))
        fold.calibrators.forEach((cal, j) => {
          const idx = k === 2 ? fold.classIndex[j]! + 1 : fold.classIndex[j]!
          const t = raw[j]!
          for (let r = 0; r < n; r++) proba[idx]![r] = calibrate(cal, t[r]!)
        })
        for (let r = 0; r < n; r++) {
          if (k === 2) proba[0]![r] = 1 - proba[1]![r]!
          else {
            let s = 0
            for (const p of proba) s += p[r]!
            for (const p of proba) p[r] = s !== 0 ? p[r]! / s : 1 / k
          }
          for (const p of proba) if (p[r]! > 1 && p[r]! <= 1 + 1e-5) p[r] = 1
          for (let j = 0; j < k; j++) mean[j]![r]! += proba[j]![r]!
        }
      }
      for (const m of mean) for (let r = 0; r < n; r++) m[r]! /= c.folds.length
      return probaColumns(c.classes, mean, n)
    },
  },
]
