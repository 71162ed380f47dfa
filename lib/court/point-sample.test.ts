import { describe, expect, it } from 'vitest'
import { seededRandom } from '../model/seeded-random'
import { pointSample, POINT_CAP } from './point-sample'

describe('pointSample', () => {
  it('draws every placed shot up to the cap', () => {
    expect(pointSample([1, NaN, 3], [1, 2, 3], 2)).toEqual({ placed: 2, order: null })
  })

  it('above the cap: a seeded uniform sample of placed shots, ascending, the same each time', () => {
    const n = 200_000
    const xs = Float64Array.from({ length: n }, (_, i) => (i % 10 === 0 ? NaN : i))
    const ys = new Float64Array(n)
    const { placed, order } = pointSample(xs, ys)
    expect(placed).toBe(180_000)
    expect(order).not.toBeNull()
    expect(order!.length).toBe(POINT_CAP)
    for (let k = 1; k < order!.length; k++) expect(order![k]!).toBeGreaterThan(order![k - 1]!)
    expect(order!.every((i) => i % 10 !== 0)).toBe(true) // never a shot without a position
    // uniform: each tenth of the rows holds close to a tenth of the sample
    const tenths = new Array<number>(10).fill(0)
    for (const i of order!) tenths[Math.floor(i / 20_000)]!++
    for (const count of tenths) expect(Math.abs(count - POINT_CAP / 10)).toBeLessThan(400)
    expect(pointSample(xs, ys).order).toEqual(order)
    // the placed shots handed over by the caller's own pass: the same sample, the list untouched
    const placedAt = Uint32Array.from({ length: n }, (_, i) => i).filter((i) => i % 10 !== 0)
    const given = placedAt.slice()
    expect(pointSample(xs, ys, POINT_CAP, given)).toEqual({ placed, order })
    expect(given).toEqual(placedAt)
    expect(pointSample(xs, ys, 200_000, given)).toEqual({ placed, order: null })
  })

  it('draws the shots of the last cap steps of a seeded Fisher–Yates shuffle, in index order', () => {
    // the sample the court has drawn since it had one: shuffle steps, then a numeric sort
    const n = 120_000
    const xs = Float64Array.from({ length: n }, (_, i) => (i % 7 === 3 ? Infinity : i))
    const ys = new Float64Array(n)
    const placed = Uint32Array.from({ length: n }, (_, i) => i).filter((i) => i % 7 !== 3)
    const random = seededRandom(20240601)
    for (let i = placed.length - 1; i >= placed.length - POINT_CAP; i--) {
      const j = Math.floor(random() * (i + 1))
      const picked = placed[j]!
      placed[j] = placed[i]!
      placed[i] = picked
    }
    const expected = placed.slice(placed.length - POINT_CAP).sort()
    const { order } = pointSample(xs, ys)
    expect(order).toEqual(expected)
  })
})
