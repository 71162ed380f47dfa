import { describe, expect, it } from 'vitest'
import { stratifiedFolds } from '@/lib/model/stratified-folds'
import { seededRandom } from '@/lib/model/seeded-random'
import { stratifiedSplit } from './stratified-split'

// 20,285 labels (the dev file's complete rows), 4 made in every 9 as in the course data
const y = Float64Array.from({ length: 20285 }, (_, i) => (i % 9 < 4 ? 1 : 0))
const made = y.reduce((s, v) => s + v, 0)

describe('stratifiedSplit', () => {
  it('puts ceil(20% · n) rows in test and keeps the class share', () => {
    const { train, test } = stratifiedSplit(y, 0.2, 42)
    expect(test.length).toBe(4057)
    expect(train.length).toBe(16228)
    const testMade = Array.from(test).filter((i) => y[i] === 1).length
    expect(testMade).toBe(Math.round((4057 * made) / 20285))
    const all = new Set([...train, ...test])
    expect(all.size).toBe(20285)
    expect(Array.from(test)).toEqual([...test].sort((a, b) => a - b))
  })

  it('is a function of the seed', () => {
    const a = stratifiedSplit(y, 0.2, 42)
    expect(stratifiedSplit(y, 0.2, 42)).toEqual(a)
    expect(stratifiedSplit(y, 0.2, 43).test).not.toEqual(a.test)
  })

  it('leaves unlabelled rows out of both parts and rejects a bad size', () => {
    const { train, test } = stratifiedSplit([1, 0, NaN, 1, 0], 0.4, 1)
    expect([...train, ...test].sort()).toEqual([0, 1, 3, 4])
    expect(() => stratifiedSplit(y, 1, 1)).toThrow('testSize must be in (0, 1), got 1')
  })
})

describe('stratifiedFolds and the seeded generator', () => {
  it('deals each class evenly over the folds', () => {
    const fold = stratifiedFolds(y, 5, 42)
    for (let f = 0; f < 5; f++) {
      const members = Array.from(fold.keys()).filter((i) => fold[i] === f)
      expect(Math.abs(members.length - 20285 / 5)).toBeLessThanOrEqual(1)
      const share = members.filter((i) => y[i] === 1).length / members.length
      expect(Math.abs(share - made / 20285)).toBeLessThan(1e-3)
    }
    expect(() => stratifiedFolds([1, 1, 0, 0, 0, 0, 0], 3, 1)).toThrow(
      'class 1 has 2 rows, fewer than the 3 folds',
    )
  })

  it('mulberry32 gives the same published sequence everywhere', () => {
    const random = seededRandom(42)
    const first = [random(), random(), random()]
    expect(first.map((v) => Math.round(v * 2 ** 32))).toEqual([2581720956, 1925393290, 3661312704])
  })
})
