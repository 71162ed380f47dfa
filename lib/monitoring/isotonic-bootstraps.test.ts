import { afterEach, describe, expect, it, vi } from 'vitest'
import { seededRandom } from '../model/seeded-random'
import { fitCbpe } from './cbpe-model'
import { syntheticShots } from './fixtures/synthetic-shots'
import { isotonicBootstraps } from './isotonic-bootstraps'
import { fitIsotonic } from './isotonic-calibrator'

/** The refits as they were computed before: each resample drawn as rows, then fitted. */
function resampledFits(
  score: ArrayLike<number>,
  y: ArrayLike<number>,
  draws: number,
  seed: number,
) {
  const random = seededRandom(seed)
  const m = score.length
  return Array.from({ length: draws }, () => {
    const s = new Float64Array(m)
    const l = new Float64Array(m)
    for (let j = 0; j < m; j++) {
      const k = Math.floor(random() * m)
      s[j] = score[k]!
      l[j] = y[k]!
    }
    return fitIsotonic(s, l)
  })
}

afterEach(() => vi.restoreAllMocks())

describe('isotonic refits on bootstrap resamples', () => {
  it('are exactly the fits of the resampled rows, ties included', () => {
    const { score, y } = syntheticShots(3000, 5)
    // scores on a 0.01 grid: most rows share their score with others, as real models' do
    const tied = Float64Array.from(score, (s) => Math.round(s * 100) / 100)
    for (const sample of [score, tied]) {
      const got = isotonicBootstraps(sample, y, 25, seededRandom(42))
      const want = resampledFits(sample, y, 25, 42)
      expect(got).toEqual(want)
      expect(got[3]!.x.length).toBeGreaterThan(1)
    }
    expect(new Set(tied).size).toBeLessThan(120)
  })

  it('a non-finite score falls back to fitting each resample', () => {
    const score = [0.1, 0.4, NaN, 0.4, 0.9, 0.7]
    const y = [0, 1, 1, 0, 1, 0]
    expect(isotonicBootstraps(score, y, 8, seededRandom(3))).toEqual(resampledFits(score, y, 8, 3))
  })

  it('fitCbpe sorts dev twice (its ties and its calibrator), not once per draw', () => {
    const dev = syntheticShots(2000, 9)
    const sort = vi.spyOn(Array.prototype, 'sort')
    const model = fitCbpe(dev, { draws: 200 })
    expect(model.bootstraps).toHaveLength(200)
    expect(sort).toHaveBeenCalledTimes(2)
  })
})
