import { isNdArray, isPyObject, isPyTuple } from '../nd'
import type { NdArray, PyValue } from '../py-value'

/**
 * The input column indices a ColumnTransformer entry selects, as scikit-learn's
 * `_get_column_indices`: a name or list of names (through feature_names_in_), an int or list of
 * ints (negative from the end), a slice of ints (stop excluded) or of names (stop included, as
 * pandas' .loc), or a boolean mask.
 */
export function selectColumns(
  spec: PyValue,
  names: string[] | null,
  count: number,
  who: string,
): number[] {
  const byName = (s: string): number => {
    const i = names?.indexOf(s) ?? -1
    if (i < 0)
      throw new Error(
        `${who} selects the column ${JSON.stringify(s)}, which is not among its input features${names ? ` (${names.join(', ')})` : ''}.`,
      )
    return i
  }
  const byIndex = (x: number): number => {
    const i = x < 0 ? count + x : x
    if (!Number.isInteger(i) || i < 0 || i >= count)
      throw new Error(`${who} selects the column index ${x} of ${count} input columns.`)
    return i
  }
  // sklearn >= 1.5 keeps the remainder's columns in a _RemainderColsList (a UserList: `data`),
  // which shims written as list subclasses pickle as appended items
  if (isPyObject(spec) && spec.className.endsWith('._RemainderColsList'))
    return selectColumns(spec.state.data ?? spec.state.__items__ ?? [], names, count, who)
  if (typeof spec === 'string') return [byName(spec)]
  if (typeof spec === 'number' || typeof spec === 'bigint') return [byIndex(Number(spec))]
  if (isPyTuple(spec)) {
    // builtins.slice(start, stop, step)
    const [start, stop, step] = spec.items
    const st = step === null || step === undefined ? 1 : Number(step)
    if (typeof start === 'string' || typeof stop === 'string') {
      const a = start === null ? 0 : byName(String(start))
      const b = stop === null ? count - 1 : byName(String(stop))
      return range(a, b + 1, st)
    }
    const norm = (v: PyValue | undefined, dflt: number) =>
      v === null || v === undefined
        ? dflt
        : Math.min(count, Math.max(0, Number(v) < 0 ? count + Number(v) : Number(v)))
    return range(norm(start, 0), norm(stop, count), st)
  }
  const items: unknown[] | null = Array.isArray(spec)
    ? spec
    : isNdArray(spec)
      ? Array.from(spec.data as ArrayLike<unknown>)
      : null
  if (!items)
    throw new Error(`${who} selects its columns with something the model reader cannot read.`)
  const isMask =
    items.length === count &&
    ((spec as NdArray).dtype === '|b1' || items.every((x) => typeof x === 'boolean'))
  if (isMask) return items.flatMap((x, i) => (x ? [i] : []))
  return items.map((x) => (typeof x === 'string' ? byName(x) : byIndex(Number(x))))
}

function range(a: number, b: number, step: number): number[] {
  const out: number[] = []
  for (let i = a; step > 0 ? i < b : i > b; i += step) out.push(i)
  return out
}
