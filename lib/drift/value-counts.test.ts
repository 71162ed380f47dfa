import { describe, expect, it } from 'vitest'
import { countDistinctSorted, runEnd, valueRuns } from './value-counts'

/** The element-by-element walk runEnd replaces. */
const walkedEnd = (sorted: Float64Array, start: number) => {
  let j = start + 1
  while (j < sorted.length && sorted[j] === sorted[start]) j++
  return j
}

describe('runEnd', () => {
  it('finds the end of every run as a walk does, runs of every length at any place', () => {
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let trial = 0; trial < 200; trial++) {
      const values: number[] = []
      const runs = 1 + Math.floor(next() * 6)
      for (let r = 0; r < runs; r++) {
        const length = 1 + Math.floor(next() ** 3 * 300)
        for (let k = 0; k < length; k++) values.push(r)
      }
      const sorted = new Float64Array(values)
      for (let start = 0; start < sorted.length; start++) {
        expect(runEnd(sorted, start)).toBe(walkedEnd(sorted, start))
      }
    }
  })

  it('treats -0 and 0 as one value and a NaN as a run of its own', () => {
    expect(runEnd(new Float64Array([-0, -0, 0, 1]), 0)).toBe(3)
    expect(runEnd(new Float64Array([1, NaN, NaN]), 1)).toBe(2)
  })
})

describe('valueRuns and countDistinctSorted', () => {
  it('count each distinct value of an ascending sample', () => {
    const sorted = new Float64Array([1, 1, 1, 2, 5, 5, 9])
    const runs = valueRuns(sorted)
    expect([...runs.values]).toEqual([1, 2, 5, 9])
    expect([...runs.counts]).toEqual([3, 1, 2, 1])
    expect(countDistinctSorted(sorted)).toBe(4)
    expect(countDistinctSorted(sorted, 2)).toBe(2)
    expect(countDistinctSorted(new Float64Array(0))).toBe(0)
  })
})
