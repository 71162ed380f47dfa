import { describe, expect, it } from 'vitest'
import { downsampleIndices } from './downsample-evenly'

describe('downsampleIndices', () => {
  it('keeps everything at or under the limit', () => {
    expect(downsampleIndices(3, 5)).toEqual([0, 1, 2])
    expect(downsampleIndices(5, 5)).toEqual([0, 1, 2, 3, 4])
    expect(downsampleIndices(0, 5)).toEqual([])
  })

  it('spaces kept points evenly, first and last included', () => {
    expect(downsampleIndices(11, 6)).toEqual([0, 2, 4, 6, 8, 10])
    expect(downsampleIndices(10, 4)).toEqual([0, 3, 6, 9])
    const big = downsampleIndices(100_000, 1_000)
    expect(big).toHaveLength(1_000)
    expect(big[0]).toBe(0)
    expect(big[999]).toBe(99_999)
    expect(new Set(big).size).toBe(1_000)
    expect(big.every((v, i) => i === 0 || v > big[i - 1]!)).toBe(true)
  })

  it('keeps the last point when the limit is 1', () => {
    expect(downsampleIndices(7, 1)).toEqual([6])
  })
})
