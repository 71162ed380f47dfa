import type { PreparedSample } from './prepared-sample'

export type CategoryKey = number | string

/** Distinct values of an ascending sample and how often each occurs. */
export interface ValueRuns {
  values: Float64Array
  counts: Float64Array
}

/**
 * The end of the run of values equal (===, so -0 beside 0) to `sorted[start]`: the first later
 * index holding another value, or the length. Gallops then bisects, so a column of a few values
 * (period, playoffs, the outcome) is walked in O(distinct × log n), not element by element.
 */
export function runEnd(sorted: Float64Array, start: number): number {
  const n = sorted.length
  const value = sorted[start]
  let inside = start
  let step = 1
  while (inside + step < n && sorted[inside + step] === value) {
    inside += step
    step *= 2
  }
  let outside = Math.min(inside + step, n)
  while (outside - inside > 1) {
    const mid = (inside + outside) >>> 1
    if (sorted[mid] === value) inside = mid
    else outside = mid
  }
  return outside
}

/** Run-length encoding of an ascending sample: no hashing. */
export function valueRuns(sorted: Float64Array): ValueRuns {
  const values: number[] = []
  const counts: number[] = []
  let i = 0
  while (i < sorted.length) {
    const j = runEnd(sorted, i)
    values.push(sorted[i]!)
    counts.push(j - i)
    i = j
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts) }
}

/** Number of distinct values in an ascending sample, counting no further than `limit`. */
export function countDistinctSorted(sorted: Float64Array, limit = Infinity): number {
  let count = 0
  for (let i = 0; i < sorted.length && count < limit; i = runEnd(sorted, i)) count++
  return count
}

/** Distinct values of a cleaned sample with their counts, keys ascending. */
export function valueCounts(sample: PreparedSample): Map<CategoryKey, number> {
  if (sample.kind === 'numeric') {
    const runs = valueRuns(sample.sorted)
    return new Map(Array.from(runs.values, (value, i) => [value, runs.counts[i]!]))
  }
  const counts = new Map<CategoryKey, number>()
  for (const value of sample.values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return new Map([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Union of the keys of two count maps, ascending (numbers numerically, strings by code unit). */
export function unionKeys(a: Map<CategoryKey, number>, b: Map<CategoryKey, number>): CategoryKey[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])]
  return keys.sort((x, y) =>
    typeof x === 'number' && typeof y === 'number' ? x - y : x < y ? -1 : x > y ? 1 : 0,
  )
}

/** Distinct values over two ascending samples, by one merge pass. */
function countDistinctMerged(a: Float64Array, b: Float64Array): number {
  let i = 0
  let j = 0
  let count = 0
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!
    if (i < a.length && a[i] === x) i = runEnd(a, i)
    if (j < b.length && b[j] === x) j = runEnd(b, j)
    count++
  }
  return count
}

/** Number of distinct values over both samples (pandas `concat([ref, cur]).nunique()`). */
export function distinctCount(a: PreparedSample, b: PreparedSample): number {
  if (a.kind === 'numeric' && b.kind === 'numeric') return countDistinctMerged(a.sorted, b.sorted)
  return unionKeys(valueCounts(a), valueCounts(b)).length
}
