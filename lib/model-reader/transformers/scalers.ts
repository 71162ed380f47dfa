import type { Columns, ModelNode, OpSpec } from '../model-node'
import { numbers, numericCol } from '../nd'

/** Column-wise (x - shift) / scale, or x * mul + add, kept as two arrays. */
function affine(input: Columns, mul: number[], add: number[], who: string): Columns {
  if (input.cols.length !== mul.length)
    throw new Error(`${who} expects ${mul.length} input columns but got ${input.cols.length}.`)
  const cols = input.cols.map((_, j) => numericCol(input, j, who).map((x) => x * mul[j] + add[j]))
  return { names: input.names, cols, rows: input.rows }
}

type Affine = ModelNode & { sub: number[]; div: number[] }

function applyCentered(node: ModelNode, input: Columns): Columns {
  const n = node as Affine
  const who = node.className.split('.').pop() ?? 'scaler'
  if (input.cols.length !== n.sub.length)
    throw new Error(`${who} expects ${n.sub.length} input columns but got ${input.cols.length}.`)
  const cols = input.cols.map((_, j) =>
    numericCol(input, j, who).map((x) => (x - n.sub[j]) / n.div[j]),
  )
  return { names: input.names, cols, rows: input.rows }
}

/** StandardScaler: (x - mean_) / scale_ (each only when fitted with it). */
export const standardScalerOp: OpSpec = {
  op: 'standard-scaler',
  classNames: [
    'sklearn.preprocessing._data.StandardScaler',
    'sklearn.preprocessing.data.StandardScaler',
  ],
  role: 'transformer',
  build(obj, ctx) {
    const s = obj.state
    const nf = Number(s.n_features_in_ ?? numbers(s.mean_ ?? s.scale_, ctx.file, 'mean_').length)
    const sub =
      s.with_mean !== false && s.mean_ != null
        ? numbers(s.mean_, ctx.file, 'mean_')
        : new Array<number>(nf).fill(0)
    const div =
      s.with_std !== false && s.scale_ != null
        ? numbers(s.scale_, ctx.file, 'scale_')
        : new Array<number>(nf).fill(1)
    return { op: 'standard-scaler', className: obj.className, sub, div }
  },
  apply: applyCentered,
}

/** RobustScaler: (x - center_) / scale_. */
export const robustScalerOp: OpSpec = {
  op: 'robust-scaler',
  classNames: ['sklearn.preprocessing._data.RobustScaler'],
  role: 'transformer',
  build(obj, ctx) {
    const s = obj.state
    const nf = Number(s.n_features_in_ ?? 0)
    const sub =
      s.center_ != null ? numbers(s.center_, ctx.file, 'center_') : new Array<number>(nf).fill(0)
    const div =
      s.scale_ != null
        ? numbers(s.scale_, ctx.file, 'scale_')
        : new Array<number>(sub.length).fill(1)
    return { op: 'robust-scaler', className: obj.className, sub, div }
  },
  apply: applyCentered,
}

/** MinMaxScaler: x * scale_ + min_ (clipped to feature_range when clip is set). */
export const minMaxScalerOp: OpSpec = {
  op: 'min-max-scaler',
  classNames: ['sklearn.preprocessing._data.MinMaxScaler'],
  role: 'transformer',
  build(obj, ctx) {
    const s = obj.state
    const range = numbers(s.feature_range ?? [0, 1], ctx.file, 'feature_range')
    return {
      op: 'min-max-scaler',
      className: obj.className,
      mul: numbers(s.scale_, ctx.file, 'scale_'),
      add: numbers(s.min_, ctx.file, 'min_'),
      clip: s.clip === true ? range : null,
    }
  },
  apply(node, input) {
    const n = node as ModelNode & { mul: number[]; add: number[]; clip: number[] | null }
    const out = affine(input, n.mul, n.add, 'MinMaxScaler')
    if (n.clip) {
      const [lo, hi] = n.clip
      out.cols = out.cols.map((c) => (c as Float64Array).map((x) => Math.min(hi, Math.max(lo, x))))
    }
    return out
  },
}
