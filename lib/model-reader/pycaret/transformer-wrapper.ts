import type { Columns, ModelNode, OpSpec } from '../model-node'
import { labels } from '../nd'
import type { PyObject, PyValue } from '../py-value'

export interface WrapperNode extends ModelNode {
  /** null: the wrapped transformer only touches y (LabelEncoder of the target) or no column: X passes */
  inner: ModelNode | null
  /** `_include` after fit (null: every column not excluded) */
  include: string[] | null
  exclude: string[]
  who: string
}

const strings = (v: PyValue | undefined): string[] | null =>
  Array.isArray(v) ? v.map(String) : null

/** Wrapped transformers that act on the target only: at prediction X passes unchanged. */
const TARGET_ONLY = ['sklearn.preprocessing._label.LabelEncoder']

/**
 * PyCaret 3's TransformerWrapper (and TransformerWrapperWithInverse): the wrapped transformer
 * sees the `_include` columns by name; its output (named as its get_feature_names_out) goes back
 * in the input's column order, a column's derived columns (`<col>_<category>`) in its place and
 * new columns last, as the wrapper's `_reorder_cols`.
 */
export const transformerWrapperOp: OpSpec = {
  op: 'pycaret-transformer-wrapper',
  classNames: [
    'pycaret.internal.preprocess.transformers.TransformerWrapper',
    'pycaret.internal.preprocess.transformers.TransformerWrapperWithInverse',
  ],
  role: 'transformer',
  build(obj, ctx): WrapperNode {
    const t = obj.state.transformer as PyObject | undefined
    if (!t || typeof t !== 'object' || t.kind !== 'object')
      throw new Error(`${ctx.file}: the PyCaret TransformerWrapper holds no transformer.`)
    const short = t.className.split('.').pop() ?? t.className
    const include = strings(obj.state._include)
    // PyCaret fits nothing when `_include` is empty (no categorical columns): X passes
    const labelEncoder = TARGET_ONLY.includes(t.className)
    if (labelEncoder) ctx.decodedLabels?.(labels(t.state.classes_))
    const targetOnly = labelEncoder || include?.length === 0
    if (!labelEncoder && obj.className.endsWith('WithInverse'))
      throw new Error(
        `${ctx.file} transforms the target with ${short} (TransformerWrapperWithInverse), which the model reader cannot invert; supported there: LabelEncoder.`,
      )
    return {
      op: 'pycaret-transformer-wrapper',
      className: obj.className,
      inner: targetOnly ? null : ctx.build(t),
      include,
      exclude: strings(obj.state._exclude) ?? [],
      who: `TransformerWrapper(${short})`,
    }
  },
  apply(node, input, apply): Columns {
    const n = node as WrapperNode
    if (!n.inner) return input
    const include = n.include ?? input.names.filter((c) => !n.exclude.includes(c))
    if (include.length === 0) return input
    const idx = include.map((c) => {
      const k = input.names.indexOf(c)
      if (k < 0)
        throw new Error(
          `${n.who} expects the column ${c}, which the input lacks (it has ${input.names.join(', ')}).`,
        )
      return k
    })
    const out = apply(n.inner, {
      names: include,
      cols: idx.map((k) => input.cols[k]!),
      rows: input.rows,
    })
    if (include.length === input.names.length) return out
    const order: string[] = []
    const seen = new Set<string>()
    const add = (c: string) => {
      if (!seen.has(c)) {
        seen.add(c)
        order.push(c)
      }
    }
    for (const col of input.names) {
      if (out.names.includes(col) || !include.includes(col)) add(col)
      for (const c of out.names) if (c.startsWith(`${col}_`) && !input.names.includes(c)) add(c)
    }
    for (const c of out.names) add(c)
    return {
      names: order,
      cols: order.map((c) => {
        const k = out.names.indexOf(c)
        return k >= 0 ? out.cols[k]! : input.cols[input.names.indexOf(c)]!
      }),
      rows: input.rows,
    }
  },
}

/** PyCaret's CleanColumnNames: removes the characters its `match` pattern names from every column name. */
export const cleanColumnNamesOp: OpSpec = {
  op: 'pycaret-clean-column-names',
  classNames: ['pycaret.internal.preprocess.transformers.CleanColumnNames'],
  role: 'transformer',
  build(obj) {
    const m = obj.state.match
    return {
      op: 'pycaret-clean-column-names',
      className: obj.className,
      match: typeof m === 'string' ? m : '[\\]\\[\\,\\{\\}\\"\\:]+',
    }
  },
  apply(node, input) {
    const re = new RegExp(String(node.match), 'g')
    return { ...input, names: input.names.map((c) => c.replace(re, '')) }
  },
}
