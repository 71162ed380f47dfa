import type { Columns, ModelNode, OpSpec } from '../model-node'
import { isNdArray, isPyDict } from '../nd'
import type { PyValue } from '../py-value'
import { type Category, categoryCodes, categoryValues, cellText, pyStr } from './category-codes'

export interface OrdinalNode extends ModelNode {
  categories: Category[][]
  /** use_encoded_value: the code of unknown categories (NaN allowed); null = raise */
  unknownValue: number | null
  /** per feature, the index of its missing-value category, or -1 */
  missingIndex: number[]
  encodedMissingValue: number
}

function missingIndices(v: PyValue | undefined, n: number): number[] {
  const out = new Array<number>(n).fill(-1)
  if (isPyDict(v)) for (const [k, i] of v.entries) out[Number(k)] = Number(i)
  else if (v && typeof v === 'object' && !Array.isArray(v) && !isNdArray(v))
    for (const [k, i] of Object.entries(v)) out[Number(k)] = Number(i)
  return out
}

/**
 * sklearn.preprocessing.OrdinalEncoder: the index of each value among categories_[j];
 * unknown values raise, or become `unknown_value` with handle_unknown='use_encoded_value';
 * the missing-value category becomes `encoded_missing_value` (NaN by default).
 */
export const ordinalEncoderOp: OpSpec = {
  op: 'ordinal-encoder',
  classNames: ['sklearn.preprocessing._encoders.OrdinalEncoder'],
  role: 'transformer',
  build(obj, ctx): OrdinalNode {
    const s = obj.state
    const raw = s.categories_
    const cats = Array.isArray(raw) ? raw : null
    if (!cats) throw new Error(`${ctx.file}: the OrdinalEncoder has no fitted categories_.`)
    if (s._infrequent_enabled === true)
      throw new Error(
        `${ctx.file}: the OrdinalEncoder groups infrequent categories (max_categories / min_frequency), which the model reader does not support.`,
      )
    const categories = cats.map((c, i) => categoryValues(c, ctx.file, `categories_[${i}]`))
    const emv = s.encoded_missing_value
    return {
      op: 'ordinal-encoder',
      className: obj.className,
      categories,
      unknownValue:
        s.handle_unknown === 'use_encoded_value'
          ? s.unknown_value === null
            ? NaN
            : Number(s.unknown_value)
          : null,
      missingIndex: missingIndices(s._missing_indices, categories.length),
      encodedMissingValue: emv === null || emv === undefined ? NaN : Number(emv),
    }
  },
  apply(node, input): Columns {
    const n = node as OrdinalNode
    if (input.cols.length !== n.categories.length)
      throw new Error(
        `OrdinalEncoder expects ${n.categories.length} input columns but got ${input.cols.length}.`,
      )
    const cols = n.categories.map((cats, j) => {
      const codes = categoryCodes(input, j, cats)
      const out = new Float64Array(input.rows)
      for (let r = 0; r < input.rows; r++) {
        const c = codes[r]!
        if (c < 0) {
          if (n.unknownValue === null)
            throw new Error(
              `OrdinalEncoder found the unknown category ${cellText(input, j, r)} in column ${input.names[j]} (known: ${cats.map((x) => pyStr(x, false)).join(', ')}).`,
            )
          out[r] = n.unknownValue
        } else out[r] = c === n.missingIndex[j] ? n.encodedMissingValue : c
      }
      return out
    })
    return { names: input.names, cols, rows: input.rows }
  },
}
