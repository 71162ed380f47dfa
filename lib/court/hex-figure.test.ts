import { describe, expect, it } from 'vitest'
import { hexFigure, MIN_HEX_SIZE } from './hex-figure'

describe('hexFigure', () => {
  const totals = {
    count: [1, 10, 100, 0, 3],
    valued: [1, 8, 80, 0, 2],
    sum: [1, 2, 40, 0, 2],
  }

  it('colours by the log of the count at full size', () => {
    const f = hexFigure(totals, { colorBy: 'count', minCount: 1 })
    expect(Array.from(f.shown)).toEqual([0, 1, 2, 4])
    expect(f.ramp[0]).toBe(0)
    expect(f.ramp[1]).toBeCloseTo(0.5, 12) // log 10 / log 100
    expect(f.ramp[2]).toBe(1)
    expect(Array.from(f.size)).toEqual([1, 1, 1, 1])
    expect([f.min, f.max, f.countMin, f.countMax, f.shots]).toEqual([1, 100, 1, 100, 114])
  })

  it('colours by the mean and sizes by the density, hiding thin hexagons', () => {
    const f = hexFigure(totals, { colorBy: 'mean', minCount: 3, domain: [0, 1] })
    // hexagon 4 has 3 shots but only 2 with a value
    expect(Array.from(f.shown)).toEqual([1, 2])
    expect(Array.from(f.mean)).toEqual([0.25, 0.5])
    expect(Array.from(f.ramp)).toEqual([0.25, 0.5])
    expect(f.size[0]).toBe(MIN_HEX_SIZE)
    expect(f.size[1]).toBe(1)
    expect([f.min, f.max, f.countMin, f.countMax, f.shots]).toEqual([0, 1, 10, 100, 110])
  })

  it('spans the shown means without a domain, and says when nothing is shown', () => {
    const f = hexFigure(totals, { colorBy: 'mean', minCount: 1 })
    expect([f.min, f.max]).toEqual([0.25, 1])
    const none = hexFigure({ count: [2, 0] }, { colorBy: 'count', minCount: 3 })
    expect(none.shown).toHaveLength(0)
    expect(none.shots).toBe(0)
  })
})
