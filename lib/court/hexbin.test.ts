import { describe, expect, it } from 'vitest'
import { hexagonCorners, hexbin, hexCentre, hexIndex } from './hexbin'

/** A small deterministic generator (LCG), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296
    return state / 4_294_967_296
  }
}

describe('hexIndex', () => {
  it('puts each point in the hexagon with the nearest centre (brute force check)', () => {
    const next = random(42)
    const radius = 15
    let mismatches = 0
    for (let i = 0; i < 20_000; i++) {
      const x = next() * 500 - 250
      const y = next() * 470 - 47.5
      const [col, row] = hexIndex(x, y, radius)
      const [cx, cy] = hexCentre(col, row, radius)
      const chosen = Math.hypot(x - cx, y - cy)
      let best = Infinity
      for (let r = row - 2; r <= row + 2; r++) {
        for (let c = col - 2; c <= col + 2; c++) {
          const [ox, oy] = hexCentre(c, r, radius)
          best = Math.min(best, Math.hypot(x - ox, y - oy))
        }
      }
      if (chosen > best + 1e-9 || chosen > radius + 1e-9) mismatches++
    }
    expect(mismatches).toBe(0)
  })

  it('places centres on the pointy-top lattice, odd rows shifted by half a column', () => {
    const r = 10
    expect(hexCentre(0, 0, r)).toEqual([0, 0])
    expect(hexCentre(1, 0, r)[0]).toBeCloseTo(17.3205, 4)
    expect(hexCentre(0, 1, r)[0]).toBeCloseTo(8.6603, 4)
    expect(hexCentre(0, 1, r)[1]).toBe(15)
    expect(hexCentre(-1, -1, r)[0]).toBeCloseTo(-8.6603, 4)
    expect(hexIndex(8.6, 14.9, r)).toEqual([0, 1])
    expect(hexIndex(-8.6, -14.9, r)).toEqual([-1, -1])
    expect(hexIndex(0, 9.9, r)).toEqual([0, 0])
  })
})

describe('hexbin', () => {
  it('counts points and averages values per hexagon, skipping missing values', () => {
    const bins = hexbin([0, 1, -2, 30, 31, Number.NaN], [0, 1, 2, 0, 1, 5], {
      radius: 10,
      values: [1, 0, null, 0.25, Number.NaN, 1],
    })
    expect(bins).toHaveLength(2)
    expect(bins[0]).toEqual({ cx: 0, cy: 0, count: 3, sum: 1, valueCount: 2, mean: 0.5 })
    expect(bins[1]?.count).toBe(2)
    expect(bins[1]?.cx).toBeCloseTo(34.641, 3)
    expect(bins[1]?.mean).toBe(0.25)
  })

  it('gives NaN as the mean of a hexagon without values and keeps every point', () => {
    const next = random(7)
    const n = 5000
    const xs = Float64Array.from({ length: n }, () => next() * 100)
    const ys = Float64Array.from({ length: n }, () => next() * 100)
    const bins = hexbin(xs, ys, { radius: 8 })
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(n)
    expect(bins.every((b) => Number.isNaN(b.mean) && b.valueCount === 0)).toBe(true)
    // rows ascending, then columns ascending
    const order = bins.map((b) => b.cy * 1e6 + b.cx)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('rejects a bad radius and mismatched lengths with a message naming the values', () => {
    expect(() => hexbin([0], [0], { radius: 0 })).toThrow(
      'hexbin: radius must be a positive number, got 0',
    )
    expect(() => hexbin([0, 1], [0], { radius: 5 })).toThrow('hexbin: x has 2 points but y has 1')
    expect(() => hexbin([0], [0], { radius: 5, values: [] })).toThrow(
      'hexbin: values has 0 entries for 1 points',
    )
  })

  it('bins 30,000 points, each counted once', () => {
    const next = random(1)
    const n = 30_000
    const xs = Float64Array.from({ length: n }, () => next() * 500 - 250)
    const ys = Float64Array.from({ length: n }, () => next() * 470 - 47.5)
    const bins = hexbin(xs, ys, { radius: 12, values: xs })
    expect(bins.length).toBeGreaterThan(500)
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(n)
  })
})

describe('hexagonCorners', () => {
  it('returns six corners at the radius, the first straight up', () => {
    const corners = hexagonCorners(5, -3, 10)
    expect(corners).toHaveLength(6)
    expect(corners[0]?.[0]).toBeCloseTo(5, 9)
    expect(corners[0]?.[1]).toBeCloseTo(7, 9)
    for (const [x, y] of corners) expect(Math.hypot(x - 5, y + 3)).toBeCloseTo(10, 9)
  })
})
