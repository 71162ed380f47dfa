import { describe, expect, it } from 'vitest'
import { seededRandom } from '../model/seeded-random'
import { descendingScoreOrder } from './descending-score-order'

const byComparator = (score: ArrayLike<number>, order: Uint32Array) =>
  order.slice().sort((a, b) => score[b]! - score[a]! || a - b)

describe('descendingScoreOrder', () => {
  it('gives the comparator sort order: decreasing score, tied scores by increasing index', () => {
    const random = seededRandom(8)
    // 5,000 scores on 300 distinct values (many ties), −0 beside 0, a subset listed out of order
    const score = Float64Array.from({ length: 5_000 }, () => Math.floor(random() * 300) / 299)
    score[10] = -0
    score[11] = 0
    const all = Uint32Array.from(score, (_, i) => i)
    expect(Array.from(descendingScoreOrder(score, all.slice()))).toEqual(
      Array.from(byComparator(score, all)),
    )
    const subset = Uint32Array.from({ length: 1_200 }, () => Math.floor(random() * 5_000))
    expect(Array.from(descendingScoreOrder(score, subset.slice()))).toEqual(
      Array.from(byComparator(score, subset)),
    )
    const sorted = descendingScoreOrder(score, all.slice())
    expect(score[sorted[0]!]).toBe(1)
    expect(score[sorted[4_999]!]).toBe(0)
    // −0 and 0 are one score: rows 10 and 11 keep their index order among the zeros
    const zeros = Array.from(sorted).filter((i) => score[i] === 0)
    expect(zeros.indexOf(10)).toBeLessThan(zeros.indexOf(11))
  })

  it('takes the comparator when a score is not finite, and handles no rows', () => {
    const score = [0.2, NaN, 0.9, 0.2]
    const order = Uint32Array.from([0, 1, 2, 3])
    expect(Array.from(descendingScoreOrder(score, order.slice()))).toEqual(
      Array.from(byComparator(score, order)),
    )
    expect(descendingScoreOrder([], new Uint32Array(0)).length).toBe(0)
  })
})
