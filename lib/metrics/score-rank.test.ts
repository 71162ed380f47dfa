import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { binaryClfCurve } from './binary-clf-curve'
import { loadPredictionsFile } from '../predictions/load-predictions'
import type { LoadedPredictions } from '../predictions/types'
import { filterIndices } from '../site-data/predictions/filter-indices'
import { MetricsInputError } from './metrics-input-error'
import { rowMask } from './row-mask'
import { filteredClfCurve, rankedSubset, scoreRank } from './score-rank'

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
      const s = { curve: filteredClfCurve(target, probability!, indices) }
      const reference = binaryClfCurve(y, p)
      expect(s.curve.thresholds).toEqual(reference.thresholds)
      expect(s.curve.tps).toEqual(reference.tps)
      expect(s.curve.fps).toEqual(reference.fps)
    }
    expect(sizes[0]).toBe(5412)
    expect(new Set(sizes).size).toBe(filters.length) // four different samples
  })

  it('hands every caller of one filter result the same curve object, and a new filter a new one', () => {
    const { target, probability } = loaded.data
    const q1 = filterIndices(loaded.data, { ...NONE, period: [1] })
    const curve = filteredClfCurve(target, probability!, q1)
    expect(filteredClfCurve(target, probability!, q1)).toBe(curve)
    expect(rowMask(q1, target.length)).toBe(rowMask(q1, target.length))
    const again = filterIndices(loaded.data, { ...NONE, period: [1] })
    const other = filteredClfCurve(target, probability!, again)
    expect(other).not.toBe(curve)
    expect(other.tps).toEqual(curve.tps)
    // Q1's labelled shots: the last row of the curve counts them all
    const labelled = [...q1].filter((i) => !Number.isNaN(target[i]!)).length
    expect(curve.tps.at(-1)! + curve.fps.at(-1)!).toBe(labelled)
  })

  it('keeps the ranked rows of a subset in score order', () => {
    const rank = Uint32Array.of(4, 0, 3, 1)
    expect([...rankedSubset(rank, Uint32Array.of(0, 1, 2), 5)]).toEqual([0, 1])
  })
})

describe('filteredClfCurve on hand-made rows', () => {
  // rows 0..7; rows 2 and 6 unlabelled or unscored; ties at 0.8 (rows 1, 4, 7) and 0.3 (3, 5)
  const target = Float64Array.of(1, 0, NaN, 1, 1, 0, 1, 1)
  const score = Float64Array.of(0.9, 0.8, 0.5, 0.3, 0.8, 0.3, NaN, 0.8)

  it('merges tied scores into one row of the curve, as binaryClfCurve does', () => {
    const all = Uint32Array.of(0, 1, 2, 3, 4, 5, 6, 7)
    const curve = filteredClfCurve(target, score, all)
    expect([...curve.thresholds]).toEqual([0.9, 0.8, 0.3])
    expect([...curve.tps]).toEqual([1, 3, 4])
    expect([...curve.fps]).toEqual([0, 1, 2])
    const reference = binaryClfCurve([1, 0, 1, 1, 0, 1], [0.9, 0.8, 0.3, 0.8, 0.3, 0.8])
    expect(curve).toEqual(reference)
  })

  it('reads only the filtered rows', () => {
    const curve = filteredClfCurve(target, score, Uint32Array.of(1, 3, 6, 7))
    expect([...curve.thresholds]).toEqual([0.8, 0.3])
    expect([...curve.tps]).toEqual([1, 2])
    expect([...curve.fps]).toEqual([1, 1])
  })

  it('names the row whose outcome is not 0 or 1', () => {
    const bad = Float64Array.of(1, 2, 0)
    const s = Float64Array.of(0.1, 0.2, 0.3)
    expect(() => filteredClfCurve(bad, s, Uint32Array.of(0, 1, 2))).toThrow(MetricsInputError)
    expect(() => filteredClfCurve(bad, s, Uint32Array.of(0, 1, 2))).toThrow(
      "row 1's outcome is 2, expected 0 or 1",
    )
    // a filter that leaves the row out has no error
    expect([...filteredClfCurve(bad, s, Uint32Array.of(0, 2)).tps]).toEqual([0, 1])
  })
})
