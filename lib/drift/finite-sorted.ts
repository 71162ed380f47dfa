import { DriftInputError } from './drift-input-error'

/** A sample with NaN, ±Infinity and nulls removed, sorted ascending. */
export interface FiniteSorted {
  sorted: Float64Array
  /** how many values were dropped (null, undefined, NaN, ±Infinity) */
  dropped: number
}

/**
 * Drops missing and non-finite values (as Evidently does with `replace([inf, -inf], nan).dropna()`)
 * and sorts the rest ascending. Anything that is not a number is a DriftInputError naming `label`.
 */
export function finiteSorted(
  values: ArrayLike<number | null | undefined>,
  label = 'sample',
): FiniteSorted {
  // a filter's kept rows come already sorted (lib/site-data/predictions/drift-columns): no copy
  if (values instanceof Float64Array && isFiniteAscending(values)) {
    return { sorted: values, dropped: 0 }
  }
  const out = new Float64Array(values.length)
  let size = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value === null || value === undefined) continue
    if (typeof value !== 'number') {
      throw new DriftInputError(
        `${label}: expected numbers, found ${JSON.stringify(value)} (${typeof value}) at row ${i}`,
      )
    }
    if (Number.isFinite(value)) out[size++] = value
  }
  const kept = out.subarray(0, size)
  const sorted = isAscending(kept) ? kept : kept.sort()
  return { sorted, dropped: values.length - size }
}

/** True when `values` is already in Float64Array sort order (-0 before 0): one linear pass. */
function isAscending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1]!
    const b = values[i]!
    if (a > b || (a === 0 && b === 0 && Object.is(b, -0) && !Object.is(a, -0))) return false
  }
  return true
}

/**
 * True when every value is finite and in Float64Array sort order: `a <= b` fails on NaN, and
 * with the first and last values finite no ±Infinity fits between them.
 */
function isFiniteAscending(values: Float64Array): boolean {
  const n = values.length
  if (n === 0) return true
  if (!Number.isFinite(values[0]!) || !Number.isFinite(values[n - 1]!)) return false
  for (let i = 1; i < n; i++) {
    const a = values[i - 1]!
    const b = values[i]!
    if (!(a <= b) || (b === 0 && a === 0 && Object.is(b, -0) && !Object.is(a, -0))) return false
  }
  return true
}

/** Throws unless the sample holds at least one value. */
export function assertNonEmpty(sample: Float64Array, label: string): void {
  if (sample.length === 0) {
    throw new DriftInputError(`${label}: no finite values left after dropping NaN/Infinity/null`)
  }
}
