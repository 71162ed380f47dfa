import type { Columns } from './model-node'
import type { NdArray, PyDict, PyObject, PyTuple, PyValue } from './py-value'

/** Numbers of a numeric ndarray (or a plain number / list), for rebuilding estimator state. */
export function numbers(v: PyValue | undefined, file: string, field: string): number[] {
  if (typeof v === 'number') return [v]
  if (Array.isArray(v)) return v.map((x) => Number(x))
  if (v && typeof v === 'object' && 'kind' in v && v.kind === 'ndarray') {
    const a = v as NdArray
    if (a.data instanceof Float64Array) return Array.from(a.data)
    return (a.data as unknown[]).map((x) => Number(x))
  }
  throw new Error(`${file}: the field ${field} is not a numeric array.`)
}

/** Shape of an ndarray field ([] for a scalar). */
export function shapeOf(v: PyValue | undefined): number[] {
  if (v && typeof v === 'object' && 'kind' in v && v.kind === 'ndarray') return (v as NdArray).shape
  if (Array.isArray(v)) return [v.length]
  return []
}

/** Values of an ndarray of labels or names (object, unicode or numeric). */
export function labels(v: PyValue | undefined): Array<number | string> {
  if (v && typeof v === 'object' && 'kind' in v && v.kind === 'ndarray') {
    const a = v as NdArray
    return Array.from(a.data as ArrayLike<unknown>, (x) =>
      typeof x === 'number' || typeof x === 'string' ? x : String(x),
    )
  }
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'number' || typeof x === 'string' ? x : String(x)))
  return []
}

/** Short class name, e.g. `LogisticRegression`. */
export function shortName(obj: PyObject): string {
  return obj.className.split('.').pop() ?? obj.className
}

/** The numeric column i of the input, or one sentence naming the column when it holds strings. */
export function numericCol(input: Columns, i: number, who: string): Float64Array {
  const c = input.cols[i]
  if (c instanceof Float64Array) return c
  const out = new Float64Array(input.rows)
  for (let r = 0; r < input.rows; r++) {
    const s = c![r]
    const x = s === null || s === '' ? NaN : Number(s)
    if (s !== null && s !== '' && Number.isNaN(x))
      throw new Error(
        `${who} needs numbers but column ${input.names[i]} holds ${JSON.stringify(s)}.`,
      )
    out[r] = x
  }
  return out
}

/** Type guards for the tagged PyValues (a string-keyed record could also carry a `kind` key). */
export function isNdArray(v: PyValue | undefined): v is NdArray {
  return !!v && typeof v === 'object' && !Array.isArray(v) && (v as NdArray).kind === 'ndarray'
}
export function isPyTuple(v: PyValue | undefined): v is PyTuple {
  return !!v && typeof v === 'object' && !Array.isArray(v) && (v as PyTuple).kind === 'tuple'
}
export function isPyObject(v: PyValue | undefined): v is PyObject {
  return !!v && typeof v === 'object' && !Array.isArray(v) && (v as PyObject).kind === 'object'
}
export function isPyDict(v: PyValue | undefined): v is PyDict {
  return !!v && typeof v === 'object' && !Array.isArray(v) && (v as PyDict).kind === 'dict'
}
