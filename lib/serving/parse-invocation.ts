import type { PayloadKind } from './check-content-type'
import type { ServableModel } from './servable-model'
import { badRequest } from './serving-error'

/** What the parser needs of a model: its features, their accepted names, missing values or not. */
export type InputSchema = Pick<ServableModel, 'features' | 'inputNames' | 'acceptsMissing'>

const FORMAT_KEYS = ['dataframe_split', 'dataframe_records', 'instances', 'inputs'] as const
const FORMAT_MESSAGE =
  'The input must be a JSON dictionary with exactly one of the input fields ' +
  "{'dataframe_split','dataframe_records','instances','inputs'}"

const kindOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'dictionary' : typeof v
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Feature columns of a request, in the model's feature order; throws 400 naming field and value. */
class ColumnBuilder {
  readonly columns: Float64Array[]
  readonly features: readonly string[]
  constructor(
    readonly schema: InputSchema,
    readonly rows: number,
    readonly where: string,
  ) {
    this.features = schema.features
    this.columns = new Array<Float64Array>(schema.features.length)
    for (let j = 0; j < this.columns.length; j++) this.columns[j] = new Float64Array(rows)
  }
  set(j: number, i: number, value: unknown) {
    // the common case first: a finite JSON number (v - v is NaN for NaN and ±Infinity)
    if (typeof value === 'number' && value - value === 0) this.columns[j]![i] = value
    else this.setOther(j, i, value)
  }
  private setOther(j: number, i: number, value: unknown) {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
    const missing = value === null || (typeof value === 'string' && value.trim() === '')
    if (missing && this.schema.acceptsMissing) {
      this.columns[j]![i] = NaN
      return
    }
    if (!Number.isFinite(n)) {
      const shown = value === undefined ? 'missing' : JSON.stringify(value)
      throw badRequest(
        `Failed to predict data: ${this.where} row ${i} feature "${this.features[j]}" is ${shown}, not a finite number.`,
      )
    }
    this.columns[j]![i] = n
  }
}

/** The value of feature j in a record: its own name, else the first alias present. */
function recordValue(schema: InputSchema, row: Record<string, unknown>, j: number): unknown {
  const names = schema.inputNames[j]!
  for (let k = 0; k < names.length; k++) {
    const v = row[names[k]!]
    if (v !== undefined) return v
  }
  return undefined
}

/** Where each feature sits among `columns` (its own name, else an alias), -1 when absent. */
function columnIndex(schema: InputSchema, columns: readonly unknown[]): number[] {
  return schema.inputNames.map((names) => {
    for (const name of names) {
      const at = columns.indexOf(name)
      if (at >= 0) return at
    }
    return -1
  })
}

/** The last request header seen per model: clients repeat theirs, so most requests reuse its index. */
const lastIndex = new WeakMap<InputSchema, { columns: unknown[]; index: number[] }>()

const sameList = (a: readonly unknown[], b: readonly unknown[]) => {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false
  return true
}

/** columnIndex, computed once per distinct column list rather than once per request. */
function cachedColumnIndex(schema: InputSchema, columns: readonly unknown[]): number[] {
  const last = lastIndex.get(schema)
  if (last && sameList(last.columns, columns)) return last.index
  const index = columnIndex(schema, columns)
  lastIndex.set(schema, { columns: [...columns], index })
  return index
}

function fromRows(schema: InputSchema, rows: unknown, where: string): Float64Array[] {
  const { features } = schema
  if (!Array.isArray(rows))
    throw badRequest(`${where} must be a list of rows, got ${kindOf(rows)}.`)
  const b = new ColumnBuilder(schema, rows.length, where)
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i]
    if (Array.isArray(row)) {
      if (row.length !== features.length) {
        throw badRequest(
          `Failed to predict data: ${where} row ${i} has ${row.length} values, the model takes ${features.length} (${features.join(', ')}).`,
        )
      }
      for (let j = 0; j < features.length; j++) b.set(j, i, row[j])
    } else if (isRecord(row)) {
      for (let j = 0; j < features.length; j++) b.set(j, i, recordValue(schema, row, j))
    } else {
      throw badRequest(`${where} row ${i} must be a list or a record, got ${JSON.stringify(row)}.`)
    }
  }
  return b.columns
}

function fromSplit(schema: InputSchema, split: unknown): Float64Array[] {
  const { features } = schema
  if (!isRecord(split)) {
    throw badRequest(`Dataframe split format must be a dictionary. Got ${kindOf(split)}.`)
  }
  const { columns, data } = split
  if (!Array.isArray(data))
    throw badRequest(`dataframe_split.data must be a list, got ${kindOf(data)}.`)
  if (columns === undefined) return fromRows(schema, data, 'dataframe_split.data')
  if (!Array.isArray(columns)) {
    throw badRequest(`dataframe_split.columns must be a list, got ${kindOf(columns)}.`)
  }
  const index = cachedColumnIndex(schema, columns)
  if (index.includes(-1)) {
    const absent = features.filter((_, j) => index[j]! < 0)
    throw badRequest(
      `Failed to predict data: dataframe_split.columns lacks feature(s) ${absent.map((f) => `"${f}"`).join(', ')}.`,
    )
  }
  const b = new ColumnBuilder(schema, data.length, 'dataframe_split.data')
  for (let i = 0; i < data.length; i++) {
    const row: unknown = data[i]
    if (!Array.isArray(row) || row.length !== columns.length) {
      throw badRequest(
        `Failed to predict data: dataframe_split.data row ${i} must be a list of ${columns.length} values, got ${JSON.stringify(row)}.`,
      )
    }
    for (let j = 0; j < features.length; j++) b.set(j, i, row[index[j]!])
  }
  return b.columns
}

function fromColumnar(schema: InputSchema, inputs: Record<string, unknown>): Float64Array[] {
  const { features } = schema
  const first = recordValue(schema, inputs, 0)
  const n = Array.isArray(first) ? first.length : 0
  const b = new ColumnBuilder(schema, n, 'inputs')
  features.forEach((f, j) => {
    const col = recordValue(schema, inputs, j)
    if (!Array.isArray(col) || col.length !== n) {
      throw badRequest(
        `Failed to predict data: inputs column "${f}" must be a list of ${n} values, got ${col === undefined ? 'missing' : JSON.stringify(col).slice(0, 80)}.`,
      )
    }
    for (let i = 0; i < n; i++) b.set(j, i, col[i])
  })
  return b.columns
}

function fromJson(schema: InputSchema, text: string): Float64Array[] {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw badRequest(
      `Invalid input. Ensure that input is a valid JSON formatted string, got ${JSON.stringify(text.slice(0, 40))}.`,
    )
  }
  let key: (typeof FORMAT_KEYS)[number] | null = null
  let found = 0
  if (isRecord(body)) {
    for (const k of FORMAT_KEYS) {
      if (k in body) {
        key = k
        found++
      }
    }
  }
  if (!isRecord(body) || found !== 1 || key === null) {
    const got = isRecord(body) ? Object.keys(body).join(', ') || 'no keys' : kindOf(body)
    throw badRequest(`${FORMAT_MESSAGE}, got ${got}.`)
  }
  const value = body[key]
  if (key === 'dataframe_split') return fromSplit(schema, value)
  if (key === 'dataframe_records') {
    if (!Array.isArray(value)) {
      throw badRequest(`Dataframe records format must be a list of records. Got ${kindOf(value)}.`)
    }
    return fromRows(schema, value, 'dataframe_records')
  }
  if (isRecord(value)) return fromColumnar(schema, value)
  return fromRows(schema, value, key)
}

function fromCsv(schema: InputSchema, text: string): Float64Array[] {
  const { features } = schema
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''))
  const index = cachedColumnIndex(schema, header)
  if (index.includes(-1)) {
    const absent = features.filter((_, j) => index[j]! < 0)
    throw badRequest(
      `Failed to predict data: the CSV header lacks feature(s) ${absent.map((f) => `"${f}"`).join(', ')}.`,
    )
  }
  const b = new ColumnBuilder(schema, lines.length - 1, 'CSV')
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i]!.split(',')
    for (let j = 0; j < features.length; j++) b.set(j, i - 1, cells[index[j]!])
  }
  return b.columns
}

/**
 * The feature columns of an `/invocations` body, in the model's feature order (MLflow's
 * formats). Columns are found by name or alias; null or an empty CSV cell is NaN when the model
 * accepts missing values, else a 400 naming the row, feature and value.
 */
export function parseInvocation(
  kind: PayloadKind,
  text: string,
  schema: InputSchema,
): Float64Array[] {
  return kind === 'json' ? fromJson(schema, text) : fromCsv(schema, text)
}
