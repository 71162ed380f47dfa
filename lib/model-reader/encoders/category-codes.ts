import type { Columns } from '../model-node'
import { isNdArray } from '../nd'
import type { PyValue } from '../py-value'

/** One fitted category of an encoder: a number, a string, or null for a missing-value category. */
export type Category = number | string | null

/** categories_[i] of an encoder as plain values (NaN and None become null). */
export function categoryValues(v: PyValue, file: string, field: string): Category[] {
  const items: unknown[] | null = Array.isArray(v)
    ? v
    : isNdArray(v)
      ? Array.from(v.data as ArrayLike<unknown>)
      : null
  if (!items) throw new Error(`${file}: the field ${field} is not an array of categories.`)
  return items.map((x) => {
    if (x === null || (typeof x === 'number' && Number.isNaN(x))) return null
    if (typeof x === 'number' || typeof x === 'string') return x
    if (typeof x === 'bigint' || typeof x === 'boolean') return Number(x)
    throw new Error(`${file}: ${field} holds a category of an unsupported type (${typeof x}).`)
  })
}

/** Whether an ndarray of categories had a float dtype (Python prints its values as `1.0`). */
export function isFloatDtype(v: PyValue): boolean {
  return isNdArray(v) && /f/.test(v.dtype)
}

const key = (c: Category): string =>
  c === null ? 'missing' : typeof c === 'number' ? `n:${c}` : `s:${c}`

/**
 * The index of each row's value among the categories, -1 when unknown, as scikit-learn's
 * `_encode`: NaN / None match a missing-value category; a number also matches the same string
 * (a CSV column of digits against string categories).
 */
export function categoryCodes(input: Columns, j: number, categories: Category[]): Int32Array {
  const index = new Map<string, number>()
  categories.forEach((c, i) => index.set(key(c), i))
  const col = input.cols[j]!
  const out = new Int32Array(input.rows)
  for (let r = 0; r < input.rows; r++) {
    const v = col[r]
    let code: number | undefined
    if (typeof v === 'number') {
      code = Number.isNaN(v) ? index.get('missing') : (index.get(`n:${v}`) ?? index.get(`s:${v}`))
    } else if (v === null || v === undefined) {
      code = index.get('missing')
    } else {
      code = index.get(`s:${v}`)
      if (code === undefined && v.trim() !== '' && !Number.isNaN(Number(v)))
        code = index.get(`n:${Number(v)}`)
    }
    out[r] = code ?? -1
  }
  return out
}

/** How Python's str() prints a category, for output column names such as `shot_type_2PT`. */
export function pyStr(c: Category, float: boolean): string {
  if (c === null) return 'nan'
  if (typeof c === 'string') return c
  if (float && Number.isInteger(c)) return `${c}.0`
  return String(c)
}

/** The value of row r in column j, for messages. */
export function cellText(input: Columns, j: number, r: number): string {
  const v = input.cols[j]![r]
  return v === null || v === undefined ? 'a missing value' : JSON.stringify(v)
}
