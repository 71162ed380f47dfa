import { describe, expect, it } from 'vitest'
import { syntheticShots } from './fixtures/synthetic-shots'
import { applyIsotonic, fitIsotonic, isotonicDescending } from './isotonic-calibrator'

describe('calibrating scores in descending order', () => {
  const { score, y } = syntheticShots(20_000, 12)
  const calibrator = fitIsotonic(score, y)

  it('gives applyIsotonic’s values, for scores dense or sparse among the knots', () => {
    const dense = [...score].sort((a, b) => b - a)
    const sparse = dense.filter((_, i) => i % 997 === 0)
    for (const sorted of [dense, sparse, [0.9, 0.9, 0.5, 0.5, 0.1]]) {
      const calibrate = isotonicDescending(calibrator)
      for (const q of sorted) expect(calibrate(q)).toBe(applyIsotonic(calibrator, q))
    }
  })

  it('reads a few knots per score for a small chunk, not every knot', () => {
    let reads = 0
    const counted = new Proxy(calibrator.x, {
      get: (target, key) => (
        typeof key === 'string' && /^\d+$/.test(key) && reads++,
        Reflect.get(target, key)
      ),
    })
    const sparse = [...score].sort((a, b) => b - a).filter((_, i) => i % 997 === 0)
    const calibrate = isotonicDescending({ x: counted as Float64Array, y: calibrator.y })
    for (const q of sparse) calibrate(q)
    expect(calibrator.x.length).toBeGreaterThan(2000)
    // about 2 log2(gap) reads per score; walking down every knot read them all
    expect(reads).toBeLessThan(sparse.length * 40)
    expect(reads).toBeLessThan(calibrator.x.length / 4)
  })
})
