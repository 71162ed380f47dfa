/**
 * A column as small integer codes into its distinct values, found once per loaded column (kept
 * while the column lives): a filter then tests each distinct value once and clears rows by a
 * typed-array lookup, with no Map lookup per row. NaN, null and each string are values like any
 * other (Map's SameValueZero: NaN is one value, 0 and -0 are one).
 */
export interface ColumnCodes<V> {
  /** per row: the index of its value in `distinct` */
  codes: Uint32Array
  /** the column's distinct values, in order of first appearance */
  distinct: V[]
}

const cache = new WeakMap<object, ColumnCodes<unknown>>()

export function columnCodes<V>(values: ArrayLike<V> & object): ColumnCodes<V> {
  const cached = cache.get(values) as ColumnCodes<V> | undefined
  if (cached && cached.codes.length === values.length) return cached
  const codes = new Uint32Array(values.length)
  const distinct: V[] = []
  const index = new Map<V, number>()
  for (let i = 0; i < values.length; i++) {
    const raw = values[i] as V
    let code = index.get(raw)
    if (code === undefined) {
      code = distinct.length
      index.set(raw, code)
      distinct.push(raw)
    }
    codes[i] = code
  }
  const out = { codes, distinct }
  cache.set(values, out)
  return out
}
