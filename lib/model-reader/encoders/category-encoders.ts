import type { Columns, ModelNode, OpSpec } from '../model-node'
import { isNdArray, isPyDict, isPyObject } from '../nd'
import type { PyDataFrame, PyObject, PyValue } from '../py-value'
import { type Category, categoryCodes, cellText } from './category-codes'

/** category_encoders' OrdinalEncoder mapping of one column: categories and their codes. */
interface OrdinalMap {
  col: string
  categories: Category[]
  codes: number[]
}

const toCategory = (v: PyValue): Category =>
  v === null || (typeof v === 'number' && Number.isNaN(v))
    ? null
    : typeof v === 'number' || typeof v === 'string'
      ? v
      : String(v)

/** A mapping as ce fits it (a pandas Series: index → code) or as PyCaret passes it (a dict). */
function ordinalMap(col: string, m: PyValue, file: string): OrdinalMap {
  if (isNdArray(m) && m.index) {
    const categories = Array.from(m.index.data as ArrayLike<PyValue>, toCategory)
    return { col, categories, codes: Array.from(m.data as ArrayLike<number>, Number) }
  }
  if (isPyDict(m))
    return {
      col,
      categories: m.entries.map(([k]) => toCategory(k)),
      codes: m.entries.map(([, v]) => Number(v)),
    }
  if (m && typeof m === 'object' && !Array.isArray(m) && !('kind' in m))
    return {
      col,
      categories: Object.keys(m),
      codes: Object.values(m).map((v) => Number(v)),
    }
  throw new Error(
    `${file}: the category_encoders mapping of ${col} is neither a Series nor a dict.`,
  )
}

function mappings(obj: PyObject, file: string): Array<{ col: string; mapping: PyValue }> {
  const list = obj.state.mapping
  if (!Array.isArray(list))
    throw new Error(`${file}: the ${obj.className} has no fitted mapping list.`)
  return list.map((entry) => {
    const e = entry as Record<string, PyValue>
    return { col: String(e.col), mapping: e.mapping ?? null }
  })
}

type Unknown = 'value' | 'return_nan' | 'error'

/** The ce ordinal code of each row (-1 unknown with 'value', NaN with 'return_nan'). */
function ordinalCodes(input: Columns, j: number, m: OrdinalMap, unknown: Unknown): Float64Array {
  const idx = categoryCodes(input, j, m.categories)
  return Float64Array.from(idx, (k, r) => {
    if (k >= 0) return m.codes[k]!
    if (unknown === 'error')
      throw new Error(
        `category_encoders found the unexpected category ${cellText(input, j, r)} in column ${m.col}.`,
      )
    return unknown === 'value' ? -1 : NaN
  })
}

function columnIndex(input: Columns, col: string, who: string): number {
  const j = input.names.indexOf(col)
  if (j < 0)
    throw new Error(
      `${who} expects the column ${col}, which the input lacks (it has ${input.names.join(', ')}).`,
    )
  return j
}

interface CeOrdinalNode extends ModelNode {
  maps: OrdinalMap[]
  handleUnknown: Unknown
  returnNanForMissing: boolean
  drop: string[]
}

const dropped = (obj: PyObject): string[] =>
  obj.state.drop_invariant === true && Array.isArray(obj.state.invariant_cols)
    ? obj.state.invariant_cols.map(String)
    : []

const unknownOf = (v: PyValue | undefined): Unknown =>
  v === 'error' || v === 'return_nan' ? v : 'value'

function dropColumns(c: Columns, drop: string[]): Columns {
  if (!drop.length) return c
  const keep = c.names.flatMap((n, j) => (drop.includes(n) ? [] : [j]))
  return { names: keep.map((j) => c.names[j]!), cols: keep.map((j) => c.cols[j]!), rows: c.rows }
}

/**
 * category_encoders.OrdinalEncoder (PyCaret 3's ordinal_encoding): each mapped column becomes its
 * code (-1 for an unknown category with handle_unknown='value', NaN with 'return_nan'; a missing
 * value is the mapping's NaN code, NaN with handle_missing='return_nan').
 */
export const ceOrdinalEncoderOp: OpSpec = {
  op: 'ce-ordinal-encoder',
  classNames: ['category_encoders.ordinal.OrdinalEncoder'],
  role: 'transformer',
  build(obj, ctx): CeOrdinalNode {
    return {
      op: 'ce-ordinal-encoder',
      className: obj.className,
      maps: mappings(obj, ctx.file).map((m) => ordinalMap(m.col, m.mapping, ctx.file)),
      handleUnknown: unknownOf(obj.state.handle_unknown),
      returnNanForMissing: obj.state.handle_missing === 'return_nan',
      drop: dropped(obj),
    }
  },
  apply(node, input): Columns {
    const n = node as CeOrdinalNode
    const cols = [...input.cols]
    for (const m of n.maps) {
      const j = columnIndex(input, m.col, 'OrdinalEncoder (category_encoders)')
      const codes = ordinalCodes(input, j, m, n.handleUnknown)
      if (n.returnNanForMissing)
        for (let r = 0; r < codes.length; r++) if (codes[r] === -2) codes[r] = NaN
      cols[j] = codes
    }
    return dropColumns({ names: input.names, cols, rows: input.rows }, n.drop)
  },
}

interface OneHotBlock {
  map: OrdinalMap
  /** ordinal code → row of the one-hot table (codes absent from the table give NaN) */
  table: Map<number, number[]>
  names: string[]
}

interface CeOneHotNode extends ModelNode {
  blocks: OneHotBlock[]
  handleUnknown: Unknown
  drop: string[]
}

function oneHotTable(df: PyValue, col: string, file: string): Omit<OneHotBlock, 'map'> {
  const d = df as PyDataFrame
  if (!d || typeof d !== 'object' || (d as { kind?: string }).kind !== 'dataframe')
    throw new Error(`${file}: the category_encoders one-hot mapping of ${col} is not a DataFrame.`)
  const codes = Array.from(d.index.data as ArrayLike<number>, Number)
  const table = new Map<number, number[]>()
  codes.forEach((code, i) =>
    table.set(
      code,
      d.data.map((c) => Number((c.data as ArrayLike<unknown>)[i])),
    ),
  )
  return { table, names: d.columns.map(String) }
}

/**
 * category_encoders.OneHotEncoder (PyCaret 3's onehot_encoding): the ordinal code of each value
 * picks a row of the fitted one-hot table (unknown = -1, missing = -2, as the table says, e.g.
 * zeros or NaN); the columns replace the encoded column in place.
 */
export const ceOneHotEncoderOp: OpSpec = {
  op: 'ce-one-hot-encoder',
  classNames: ['category_encoders.one_hot.OneHotEncoder'],
  role: 'transformer',
  build(obj, ctx): CeOneHotNode {
    const ord = obj.state.ordinal_encoder
    if (!isPyObject(ord))
      throw new Error(`${ctx.file}: the category_encoders OneHotEncoder has no ordinal_encoder.`)
    const ordMaps = mappings(ord, ctx.file).map((m) => ordinalMap(m.col, m.mapping, ctx.file))
    const blocks = mappings(obj, ctx.file).map((m): OneHotBlock => {
      const map = ordMaps.find((o) => o.col === m.col)
      if (!map)
        throw new Error(
          `${ctx.file}: the category_encoders OneHotEncoder has no ordinal map for ${m.col}.`,
        )
      return { map, ...oneHotTable(m.mapping, m.col, ctx.file) }
    })
    return {
      op: 'ce-one-hot-encoder',
      className: obj.className,
      blocks,
      handleUnknown: unknownOf(obj.state.handle_unknown),
      drop: dropped(obj),
    }
  },
  apply(node, input): Columns {
    const n = node as CeOneHotNode
    const replaced = new Map<number, { names: string[]; cols: Float64Array[] }>()
    for (const b of n.blocks) {
      const j = columnIndex(input, b.map.col, 'OneHotEncoder (category_encoders)')
      const codes = ordinalCodes(input, j, b.map, 'value')
      if (n.handleUnknown === 'error') {
        const r = codes.indexOf(-1)
        if (r >= 0)
          throw new Error(
            `category_encoders' OneHotEncoder found the unknown category ${cellText(input, j, r)} in column ${b.map.col}.`,
          )
      }
      const cols = b.names.map(() => new Float64Array(input.rows))
      for (let r = 0; r < input.rows; r++) {
        const row = b.table.get(codes[r]!)
        for (let c = 0; c < cols.length; c++) cols[c]![r] = row ? row[c]! : NaN
      }
      replaced.set(j, { names: b.names, cols })
    }
    const out: Columns = { names: [], cols: [], rows: input.rows }
    input.names.forEach((name, j) => {
      const rep = replaced.get(j)
      out.names.push(...(rep ? rep.names : [name]))
      out.cols.push(...(rep ? rep.cols : [input.cols[j]!]))
    })
    return dropColumns(out, n.drop)
  },
}
