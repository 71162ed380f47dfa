import type { Columns, ModelNode, OpSpec } from '../model-node'
import { isPyTuple, labels } from '../nd'
import type { PyObject, PyValue } from '../py-value'
import { selectColumns } from './column-selection'

interface Part {
  name: string
  /** null = 'passthrough' */
  node: ModelNode | null
  columns: number[]
  weight: number
}

export interface ColumnTransformerNode extends ModelNode {
  parts: Part[]
  /** feature_names_in_ at fit time, to pick input columns by name when they are there */
  inputNames: string[] | null
  verboseNames: boolean
}

const tupleItems = (v: PyValue): PyValue[] | null =>
  Array.isArray(v) ? v : isPyTuple(v) ? v.items : null

/**
 * sklearn.compose.ColumnTransformer: each fitted transformer of `transformers_` sees its columns
 * (by name, index, slice or boolean mask), 'drop' and empty selections are skipped,
 * 'passthrough' (and remainder='passthrough') copies the columns, and the outputs are stacked in
 * `transformers_` order, the remainder last: the feature order of sklearn's output.
 */
export const columnTransformerOp: OpSpec = {
  op: 'column-transformer',
  classNames: ['sklearn.compose._column_transformer.ColumnTransformer'],
  role: 'pipeline',
  build(obj, ctx): ColumnTransformerNode {
    const s = obj.state
    const fitted = s.transformers_
    if (!Array.isArray(fitted))
      throw new Error(`${ctx.file}: the ColumnTransformer has no fitted transformers_.`)
    const inputNames = s.feature_names_in_ != null ? labels(s.feature_names_in_).map(String) : null
    const count = Number(s.n_features_in_ ?? s._n_features ?? inputNames?.length ?? 0)
    const weights = (s.transformer_weights ?? {}) as Record<string, PyValue>
    const parts: Part[] = []
    for (const entry of fitted) {
      const items = tupleItems(entry)
      if (!items || items.length < 3)
        throw new Error(`${ctx.file}: the ColumnTransformer has a malformed transformers_ entry.`)
      const [nameV, trans, spec] = items
      const name = String(nameV)
      if (trans === 'drop' || trans === null) continue
      const columns = selectColumns(spec!, inputNames, count, `ColumnTransformer step ${name}`)
      if (columns.length === 0) continue
      const w = weights[name]
      parts.push({
        name,
        node: trans === 'passthrough' ? null : ctx.build(trans as PyObject),
        columns,
        weight: typeof w === 'number' ? w : 1,
      })
    }
    return {
      op: 'column-transformer',
      className: obj.className,
      parts,
      inputNames,
      verboseNames: s.verbose_feature_names_out !== false,
    }
  },
  apply(node, input, apply): Columns {
    const n = node as ColumnTransformerNode
    const at = (i: number): number => {
      const want = n.inputNames?.[i]
      const k = want === undefined ? -1 : input.names.indexOf(want)
      if (k >= 0) return k
      if (i >= input.cols.length)
        throw new Error(
          `ColumnTransformer expects the column ${want ?? `#${i}`}, which the input lacks.`,
        )
      return i
    }
    const names: string[] = []
    const cols: Columns['cols'] = []
    for (const part of n.parts) {
      const idx = part.columns.map(at)
      const sub: Columns = {
        names: idx.map((k) => input.names[k]!),
        cols: idx.map((k) => input.cols[k]!),
        rows: input.rows,
      }
      const out = part.node ? apply(part.node, sub) : sub
      out.cols.forEach((c, j) => {
        names.push(n.verboseNames ? `${part.name}__${out.names[j]}` : out.names[j]!)
        cols.push(
          part.weight === 1 || !(c instanceof Float64Array) ? c : c.map((x) => x * part.weight),
        )
      })
    }
    return { names, cols, rows: input.rows }
  },
}
