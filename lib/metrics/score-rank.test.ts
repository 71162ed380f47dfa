import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { binaryClfCurve } from './binary-clf-curve'
import { loadPredictionsFile } from '../predictions/load-predictions'
import type { LoadedPredictions } from '../predictions/types'
import { filterIndices } from '../site-data/predictions/filter-indices'
import { rankedSubset, scoreRank, subsetClfCurve } from './score-rank'

// The pipeline's predictions: 6,426 prod shots, 1,014 of them unlabelled
const PROD = fileURLToPath(new URL('../../data/output/predictions_prod.parquet', import.meta.url))
const NONE = { period: [], playoffs: 'all' as const, seasonFrom: null, seasonTo: null, zone: [] }

describe('the score ranking on the Kobe prod predictions', () => {
  let loaded: LoadedPredictions
  beforeAll(async () => {
    loaded = await loadPredictionsFile(PROD)
  })

  it('ranks every scorable row once, by decreasing P(made), and is sorted once per file', () => {
    const rank = scoreRank(loaded.data.target, loaded.data.probability!)
    expect(rank.length).toBe(5412)
    const p = loaded.data.probability!
    for (let k = 1; k < rank.length; k++) expect(p[rank[k]!]!).toBeLessThanOrEqual(p[rank[k - 1]!]!)
    expect(scoreRank(loaded.data.target, loaded.data.probability!)).toBe(rank)
  })

  it('gives the same curve as sorting each filtered sample (the straightforward way)', () => {
    const filters = [
      NONE,
      { ...NONE, period: [1] },
      { ...NONE, period: [2, 4], playoffs: 1 as const },
      { ...NONE, zone: ['Above the Break 3'] as typeof NONE.zone, seasonFrom: '2005-06' },
    ]
    const sizes: number[] = []
    for (const f of filters) {
      const indices = filterIndices(loaded.data, f)
      const { target, probability } = loaded.data
      const y: number[] = []
      const p: number[] = []
      for (const i of indices) {
        if (Number.isNaN(target[i]!) || Number.isNaN(probability![i]!)) continue
        y.push(target[i]!)
        p.push(probability![i]!)
      }
      sizes.push(y.length)
      const s = { curve: subsetClfCurve(target, probability!, indices, y, p) }
      const reference = binaryClfCurve(y, p)
      expect(s.curve.thresholds).toEqual(reference.thresholds)
      expect(s.curve.tps).toEqual(reference.tps)
      expect(s.curve.fps).toEqual(reference.fps)
    }
    expect(sizes[0]).toBe(5412)
    expect(new Set(sizes).size).toBe(filters.length) // four different samples
  })

  it('keeps the ranked rows of a subset in score order', () => {
    const rank = Uint32Array.of(4, 0, 3, 1)
    expect([...rankedSubset(rank, Uint32Array.of(0, 1, 2), 5)]).toEqual([0, 1])
  })
})
