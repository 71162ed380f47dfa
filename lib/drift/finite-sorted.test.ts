import { describe, expect, it } from 'vitest'
import { finiteSorted } from './finite-sorted'

describe('finiteSorted', () => {
  it('hands back an ascending finite Float64Array as it is', () => {
    const values = new Float64Array([-3, -0, 0, 1.5, 1.5, 9])
    const got = finiteSorted(values)
    expect(got.sorted).toBe(values)
    expect(got.dropped).toBe(0)
  })

  it('drops NaN and ±Infinity even between ascending values', () => {
    for (const values of [
      [1, NaN, 2],
      [1, 2, NaN],
      [-Infinity, 1, 2],
      [1, 2, Infinity],
    ]) {
      const got = finiteSorted(new Float64Array(values))
      expect([...got.sorted], String(values)).toEqual([1, 2])
      expect(got.dropped).toBe(1)
    }
  })

  it('sorts -0 before 0 as Float64Array.sort does', () => {
    const got = finiteSorted(new Float64Array([0, -0, -1]))
    expect(Object.is(got.sorted[1], -0)).toBe(true)
    expect(Object.is(got.sorted[2], 0)).toBe(true)
  })
})
