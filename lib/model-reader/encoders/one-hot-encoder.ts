import type { Columns, ModelNode, OpSpec } from '../model-node'
import { isNdArray, numbers } from '../nd'
import type { PyValue } from '../py-value'
import {
  type Category,
  categoryCodes,
  categoryValues,
  cellText,
  isFloatDtype,
  pyStr,
} from './category-codes'

/** One input feature of a fitted OneHotEncoder, in the grouped (infrequent-merged) index space. */
interface OneHotFeature {
  categories: Category[]
  /** infrequent category indices (before grouping), or null */
  infrequent: number[] | null
  /** original index → grouped index, or null when nothing is grouped */
  mapping: number[] | null
  /** grouped index of the dropped category, or null */
  drop: number | null
  /** output column names, `<feature>_<category>` as get_feature_names_out */
  outNames: string[]
}

export interface OneHotNode extends ModelNode {
  handleUnknown: 'error' | 'ignore' | 'infrequent_if_exist'
  features: OneHotFeature[]
}

const listOf = (v: PyValue | undefined): PyValue[] | null =>
  v === null || v === undefined
    ? null
    : Array.isArray(v)
      ? v
      : isNdArray(v)
        ? Array.from(v.data as ArrayLike<PyValue>)
        : null

function optionalIndex(v: PyValue | undefined): number | null {
  if (v === null || v === undefined) return null
  const n = Number(v)
  return Number.isNaN(n) ? null : n
}

/**
 * sklearn.preprocessing.OneHotEncoder: dense 0/1 columns whatever `sparse_output` (the values are
 * the same), unknown categories raise (`error`), become all zeros (`ignore`) or the infrequent
 * column (`infrequent_if_exist`), `drop` removes one column per feature.
 */
export const oneHotEncoderOp: OpSpec = {
  op: 'one-hot-encoder',
  classNames: ['sklearn.preprocessing._encoders.OneHotEncoder'],
  role: 'transformer',
  build(obj, ctx): OneHotNode {
    const s = obj.state
    const cats = listOf(s.categories_)
    if (!cats) throw new Error(`${ctx.file}: the OneHotEncoder has no fitted categories_.`)
    const names = listOf(s.feature_names_in_)?.map(String) ?? null
    const infrequentOn = s._infrequent_enabled === true
    const infrequent = infrequentOn ? listOf(s._infrequent_indices) : null
    const mappings = infrequentOn ? listOf(s._default_to_infrequent_mappings) : null
    // sklearn >= 1.3 keeps drop_idx_ in the original space and the grouped one beside it
    const drops = listOf(s._drop_idx_after_grouping ?? s.drop_idx_)
    // sklearn >= 1.6's 'warn' encodes as 'infrequent_if_exist' (and warns)
    const hu =
      s.handle_unknown === 'warn' ? 'infrequent_if_exist' : String(s.handle_unknown ?? 'error')
    if (hu !== 'error' && hu !== 'ignore' && hu !== 'infrequent_if_exist')
      throw new Error(`${ctx.file}: the OneHotEncoder has handle_unknown=${JSON.stringify(hu)}.`)
    const features = cats.map((c, i): OneHotFeature => {
      const field = `categories_[${i}]`
      const categories = categoryValues(c, ctx.file, field)
      const inf = infrequent?.[i]
      const map = mappings?.[i]
      const infIdx = inf === null || inf === undefined ? null : numbers(inf, ctx.file, field)
      const mapping = map === null || map === undefined ? null : numbers(map, ctx.file, field)
      const drop = optionalIndex(drops?.[i])
      const float = isFloatDtype(c)
      let out: string[] = categories.map((x) => pyStr(x, float))
      if (mapping) {
        const max = Math.max(...mapping)
        out = out.filter((_, k) => mapping[k]! < max).concat('infrequent_sklearn')
      }
      if (drop !== null) out.splice(drop, 1)
      const feature = names?.[i] ?? `x${i}`
      return {
        categories,
        infrequent: infIdx,
        mapping,
        drop,
        outNames: out.map((x) => `${feature}_${x}`),
      }
    })
    return { op: 'one-hot-encoder', className: obj.className, handleUnknown: hu, features }
  },
  apply(node, input): Columns {
    const n = node as OneHotNode
    if (input.cols.length !== n.features.length)
      throw new Error(
        `OneHotEncoder expects ${n.features.length} input columns but got ${input.cols.length}.`,
      )
    const names: string[] = []
    const cols: Float64Array[] = []
    n.features.forEach((f, j) => {
      const codes = categoryCodes(input, j, f.categories)
      const out = f.outNames.map(() => new Float64Array(input.rows))
      for (let r = 0; r < input.rows; r++) {
        let code = codes[r]!
        let known = code >= 0
        if (!known) {
          if (n.handleUnknown === 'error')
            throw new Error(
              `OneHotEncoder found the unknown category ${cellText(input, j, r)} in column ${input.names[j]} (known: ${f.categories.map((c) => pyStr(c, false)).join(', ')}).`,
            )
          code = 0
          if (f.infrequent) {
            code = f.infrequent[0]!
            if (n.handleUnknown === 'infrequent_if_exist') known = true
          }
        }
        if (f.mapping) code = f.mapping[code]!
        if (f.drop !== null) {
          if (code === f.drop) known = false
          else if (code > f.drop) code -= 1
        }
        if (known) out[code]![r] = 1
      }
      names.push(...f.outNames)
      cols.push(...out)
    })
    return { names, cols, rows: input.rows }
  },
}
