import { describe, expect, it } from 'vitest'
import { seededRandom, SeededStream } from '../model/seeded-random'
import { labelledRows } from './labelled-rows'
import { bootstrapInterval, sliceMetrics } from './slice-metrics'

function bernoulli(n: number, share: number, seed: number) {
  const random = seededRandom(seed)
  const y = Float64Array.from({ length: n }, () => (random() < share ? 1 : 0))
  // a score that is right on every row: accuracy 1 − share of flipped rows below
  const p = Float64Array.from(y, (v) => (random() < 0.8 ? v : 1 - v))
  return { y, p }
}

describe('slice bootstrap intervals', () => {
  it.each([2_000, 60_000])(
    'match the normal-theory width of an accuracy on %i rows (m-out-of-n above 20,000)',
    (n) => {
      const { y, p } = bernoulli(n, 0.4, n)
      const [lo, hi] = bootstrapInterval('accuracy', y, p, 0.5, 400, new SeededStream(1))!
      const acc = y.reduce((s, v, i) => s + (v === (p[i]! >= 0.5 ? 1 : 0) ? 1 : 0), 0) / n
      const half = 1.96 * Math.sqrt((acc * (1 - acc)) / n)
      expect(lo).toBeLessThan(acc)
      expect(hi).toBeGreaterThan(acc)
      expect((hi - lo) / 2 / half).toBeGreaterThan(0.85)
      expect((hi - lo) / 2 / half).toBeLessThan(1.15)
    },
  )

  it('ranks slices by distance from the overall value, with sizes and reasons', () => {
    const random = seededRandom(3)
    const n = 900
    const zone: string[] = []
    const target: number[] = []
    const score: number[] = []
    for (let i = 0; i < n; i++) {
      const z = i < 400 ? 'Paint' : i < 880 ? 'Mid-Range' : 'Backcourt'
      zone.push(z)
      const y = random() < 0.5 ? 1 : 0
      target.push(y)
      // the model is right in the paint and wrong half the time elsewhere
      score.push(z === 'Paint' ? (y ? 0.9 : 0.1) : random())
    }
    const rows = labelledRows(target, score)
    const report = sliceMetrics(rows, { shot_zone_basic: zone }, n, {
      metric: 'accuracy',
      draws: 100,
    })
    expect(report.ranked.map((s) => s.value)).toEqual(['Paint', 'Mid-Range'])
    expect(report.ranked[0]!.value_metric).toBe(1)
    expect(report.ranked.map((s) => s.direction)).toEqual(['better', 'worse'])
    expect(report.ranked[0]!.rows).toBe(400)
    expect(report.unranked[0]).toMatchObject({
      value: 'Backcourt',
      labelled: 20,
      value_metric: null,
    })
    expect(report.unranked[0]!.unavailable).toBe(
      'shot_zone_basic = Backcourt has 20 labelled rows in the data, fewer than the 30 a slice needs',
    )
    expect(report.skipped.map((s) => s.column)).toContain('opponent')
  })
})
