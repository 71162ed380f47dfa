import { afterEach, describe, expect, it, vi } from 'vitest'
import { seededRandom } from '../model/seeded-random'
import { chunkResult } from './chunk-report'
import { chunkRows } from './chunk-rows'
import { chunkTimelines } from './chunk-timelines'
import type { MonitorDataset } from './monitor-dataset'
import { reason } from './reason'
import { prepareReference } from '../drift/prepared-reference'

const random = seededRandom(11)
const uniform = (n: number, shift = 0) => Float64Array.from({ length: n }, () => random() + shift)

/** A prod dataset of `rows` rows without dates: 10 row-order chunks. */
function prodOf(rows: number): MonitorDataset {
  return {
    name: 'prod',
    file: 'prod.parquet',
    rows,
    target: Float64Array.from({ length: rows }, () => (random() < 0.45 ? 1 : 0)),
    probability: uniform(rows),
    hasProbability: true,
    columns: { lat: uniform(rows, 0.1), lng: uniform(rows) },
    context: {},
  }
}

const dev = { lat: uniform(5000), lng: uniform(5000) }
const options = {
  chunkings: ['rows' as const],
  metric: 'f1_score',
  maxDegradation: 0.1,
  devValue: 0.6,
  threshold: 0.5,
  draws: 10,
}
const noCbpe = reason('cbpe.noScore', { metric: 'f1_score', what: 'prod' })

afterEach(() => vi.restoreAllMocks())

describe('drift per chunk against the whole dev reference', () => {
  it('sorts dev once per feature for all chunks, not once per chunk', () => {
    const prod = prodOf(2000)
    const sort = vi.spyOn(Float64Array.prototype, 'sort')
    const { chunks } = chunkTimelines(prod, dev, null, noCbpe, options)
    expect(chunks).toHaveLength(10)
    expect(chunks.every((c) => c.features.length === 2)).toBe(true)
    // 2 dev columns once, then the 2 columns of each of the 10 chunks
    expect(sort).toHaveBeenCalledTimes(2 + 2 * 10)
  })

  it('gives the same chunk as preparing dev inside each drift table', () => {
    const prod = prodOf(1500)
    const prepared = prepareReference(dev)
    for (const chunk of chunkRows(prod, 'rows').chunks) {
      const args = [prod, dev, null, noCbpe, 0.5, 10] as const
      const reused = chunkResult('rows', chunk, ...args, prepared)
      expect(reused).toEqual(chunkResult('rows', chunk, ...args))
      expect(reused.features[0]!.statistic).toBeGreaterThan(0)
    }
  })

  it('a dev column given anew is prepared anew, not taken from the prepared one', () => {
    const prod = prodOf(600)
    const prepared = prepareReference(dev)
    const other = { lat: uniform(5000, 0.5), lng: dev.lng }
    const [chunk] = chunkRows(prod, 'rows').chunks
    const args = [prod, other, null, noCbpe, 0.5, 10] as const
    expect(chunkResult('rows', chunk!, ...args, prepared)).toEqual(
      chunkResult('rows', chunk!, ...args),
    )
  })
})
