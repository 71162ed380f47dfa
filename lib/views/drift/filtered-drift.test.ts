import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LoadedPredictions } from '../../predictions/types'
import { columnKinds } from '../../site-data/predictions/column-kinds'
import type { PredictionsInput } from '../../site-data/predictions/predictions-input'
import { readPredictionsInput } from '../../site-data/predictions/read-predictions-input'
import type { SnapshotColumn } from '../../site-data/predictions/snapshot-types'
import { filteredDrift, type FilteredDrift } from './filtered-drift'

// The course data beside the project, as lib/drift/kobe-drift.test.ts reads it.
const DATA_DIR = fileURLToPath(new URL('../../../../shared/data/kobe', import.meta.url))
// Pinned by scripts/crosscheck/drift_reference.py --kobe (pandas/scipy restating Evidently).
const expected = JSON.parse(
  readFileSync(new URL('../../drift/fixtures/kobe-drift-expected.json', import.meta.url), 'utf8'),
) as {
  rows: {
    column: string
    type: string
    method: string
    statistic: number
    drifted: boolean
    refCount: number
    curCount: number
  }[]
  dataset: { driftedCount: number; columnCount: number; share: number; datasetDrift: boolean }
}

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i)

describe('filteredDrift on the Kobe data, as the browser computes it', () => {
  let dev: LoadedPredictions
  let prod: LoadedPredictions
  let columns: Record<string, SnapshotColumn>
  let labelledDev: Uint32Array
  beforeAll(async () => {
    const read = async (file: string) => {
      const input: PredictionsInput = await readPredictionsInput(`${DATA_DIR}/${file}`)
      if (input.status !== 'read') throw new Error(input.error)
      return input
    }
    const devInput = await read('dataset_kobe_dev.parquet')
    const prodInput = await read('dataset_kobe_prod.parquet')
    dev = devInput.predictions
    prod = prodInput.predictions
    columns = columnKinds(devInput, prodInput)
    labelledDev = all(dev.report.rows).filter((i) => !Number.isNaN(dev.data.target[i]!))
  })

  it('types the features once, from the parquet schema and every row, as pandas and Evidently do', () => {
    expect(columns).toEqual({
      lat: { kind: 'numerical', integer: false },
      lng: { kind: 'numerical', integer: false },
      minutes_remaining: { kind: 'numerical', integer: true },
      period: { kind: 'categorical', integer: true },
      playoffs: { kind: 'categorical', integer: true },
      shot_distance: { kind: 'numerical', integer: true },
    })
  })

  it('reproduces the pinned Evidently table on Float64Array rows (labelled dev vs all prod)', () => {
    const result = filteredDrift(
      { data: dev.data, indices: labelledDev },
      { data: prod.data, indices: all(prod.report.rows) },
      columns,
    )
    if (result.status !== 'ready') throw new Error(JSON.stringify(result))
    expect(
      result.drift.rows.map((r) => [r.column, r.type, r.method, r.drifted, r.refCount, r.curCount]),
    ).toEqual(
      expected.rows.map((r) => [r.column, r.type, r.method, r.drifted, r.refCount, r.curCount]),
    )
    result.drift.rows.forEach((row, i) => {
      expect(row.statistic).toBeCloseTo(expected.rows[i]!.statistic, 9)
    })
    expect(result.drift.dataset).toEqual({ ...expected.dataset, driftShare: 0.5 })
    // the raw files have no score; the made rate 44.6 % (dev) vs 32.9 % (prod labelled) drifts
    expect(
      result.outputDrift?.rows.map((r) => [r.column, r.method, r.refCount, r.curCount]),
    ).toEqual([['shot_made_flag', 'jensenshannon', 20285, 5412]])
  })

  it('switches to p-value tests when a filter leaves 1000 dev rows or fewer', () => {
    // playoff shots of the 4th quarter
    const keep = (d: LoadedPredictions, rows: Uint32Array) =>
      rows.filter((i) => d.data.features.playoffs![i] === 1 && d.data.features.period![i] === 4)
    const result = filteredDrift(
      { data: dev.data, indices: keep(dev, labelledDev) },
      { data: prod.data, indices: keep(prod, all(prod.report.rows)) },
      columns,
    ) as Extract<FilteredDrift, { status: 'ready' }>
    expect(result.drift.rows[0]!.refCount).toBeLessThanOrEqual(1000)
    // numerical → K-S; period and playoffs hold one value each → Z-test (p = 1, no drift)
    expect(result.drift.rows.map((r) => [r.column, r.method, r.drifted])).toEqual([
      ['lat', 'ks', true],
      ['lng', 'ks', true],
      ['minutes_remaining', 'ks', true],
      ['period', 'z', false],
      ['playoffs', 'z', false],
      ['shot_distance', 'ks', true],
    ])
  })

  it('says which side is empty instead of computing on nothing', () => {
    const none = new Uint32Array(0)
    const lat = { lat: { kind: 'numerical', integer: false } } as const
    expect(
      filteredDrift({ data: dev.data, indices: none }, { data: prod.data, indices: all(3) }, lat),
    ).toEqual({ status: 'empty', side: 'dev' })
    expect(
      filteredDrift({ data: dev.data, indices: all(3) }, { data: prod.data, indices: none }, lat),
    ).toEqual({ status: 'empty', side: 'prod' })
  })
})
