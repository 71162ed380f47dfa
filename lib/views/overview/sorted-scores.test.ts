import { describe, expect, it } from 'vitest'
import { countAtOrAbove, shareAtOrAbove, sortedScores } from './sorted-scores'

describe('sortedScores', () => {
  const p = Float64Array.from([0.9, NaN, 0.2, 0.5, 0.5, 0.1])

  it('keeps the filtered rows with a probability, ascending, and their mean', () => {
    const s = sortedScores(p, Uint32Array.from([0, 1, 2, 3, 4]))
    expect(Array.from(s.values)).toEqual([0.2, 0.5, 0.5, 0.9])
    expect(s.mean).toBeCloseTo(2.1 / 4, 15)
  })

  it('has no mean without scores', () => {
    const s = sortedScores(p, Uint32Array.from([1]))
    expect(s.values.length).toBe(0)
    expect(s.mean).toBeNaN()
  })
})

describe('countAtOrAbove / shareAtOrAbove', () => {
  const sorted = Float64Array.from([0.2, 0.5, 0.5, 0.9])

  it('counts score >= threshold, ties at the threshold included', () => {
    expect(countAtOrAbove(sorted, 0.5)).toBe(3)
    expect(countAtOrAbove(sorted, 0.50001)).toBe(1)
    expect(countAtOrAbove(sorted, 0)).toBe(4)
    expect(countAtOrAbove(sorted, 0.95)).toBe(0)
    expect(shareAtOrAbove(sorted, 0.5)).toBe(0.75)
  })

  it('is NaN on no scores', () => {
    expect(shareAtOrAbove(new Float64Array(0), 0.5)).toBeNaN()
  })
})
