import type { PreparedSample } from './prepared-sample'

export type CategoryKey = number | string

/** Distinct values of an ascending sample and how often each occurs. */
export interface ValueRuns {
  values: Float64Array
  counts: Float64Array
}

/** Run-length encoding of an ascending sample: O(n), no hashing. */
export function valueRuns(sorted: Float64Array): ValueRuns {
  const values: number[] = []
  const counts: number[] = []
  let i = 0
  while (i < sorted.length) {
    const value = sorted[i]!
    let j = i + 1
    while (j < sorted.length && sorted[j] === value) j++
    values.push(value)
    counts.push(j - i)
    i = j
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts) }
}

/** Number of distinct values in an ascending sample, counting no further than `limit`. */
export function countDistinctSorted(sorted: Float64Array, limit = Infinity): number {
  let count = 0
  for (let i = 0; i < sorted.length && count < limit; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) count++
  }
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
    while (i < a.length && a[i] === x) i++
    while (j < b.length && b[j] === x) j++
    count++
  }
  return count
}

/** Number of distinct values over both samples (pandas `concat([ref, cur]).nunique()`). */
export function distinctCount(a: PreparedSample, b: PreparedSample): number {
  if (a.kind === 'numeric' && b.kind === 'numeric') return countDistinctMerged(a.sorted, b.sorted)
  return unionKeys(valueCounts(a), valueCounts(b)).length
}
