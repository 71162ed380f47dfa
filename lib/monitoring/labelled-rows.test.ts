import { describe, expect, it } from 'vitest'
import { labelledRows } from './labelled-rows'

describe('labelledRows', () => {
  const target = [1, 0, NaN, 1, 2, 0]
  const probability = [0.9, 0.2, 0.5, NaN, 0.4, Infinity]

  it('keeps the rows with a 0/1 label and a finite score, with their index', () => {
    const rows = labelledRows(target, probability)
    expect(Array.from(rows.y)).toEqual([1, 0])
    expect(Array.from(rows.p)).toEqual([0.9, 0.2])
    expect(Array.from(rows.index)).toEqual([0, 1])
  })

  it('looks only at the given indices, in their order', () => {
    const rows = labelledRows(target, probability, [1, 5, 0])
    expect(Array.from(rows.index)).toEqual([1, 0])
    expect(rows.y).toBeInstanceOf(Float64Array)
    expect(rows.y.length).toBe(2)
  })
})
