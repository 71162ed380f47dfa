import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { columnKinds } from './column-kinds'
import type { PredictionsInput } from './predictions-input'
import { readPredictionsInput } from './read-predictions-input'

type Read = Extract<PredictionsInput, { status: 'read' }>
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'column-kinds-'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

/** A real predictions parquet file with these feature columns (and a target and a score). */
async function file(name: string, features: ColumnSource[]): Promise<Read> {
  const rows = features[0]!.data.length
  const path = join(folder, `${name}.parquet`)
  const columns: ColumnSource[] = [
    { name: 'shot_made_flag', data: Array.from({ length: rows }, (_, i) => i % 2), type: 'INT32' },
    {
      name: 'prediction_score',
      data: Array.from({ length: rows }, (_, i) => 0.3 + 0.01 * i),
      type: 'DOUBLE',
    },
    ...features,
  ]
  await writeFile(path, new Uint8Array(parquetWriteBuffer({ columnData: columns })))
  const input = await readPredictionsInput(path)
  if (input.status !== 'read') throw new Error(input.error)
  return input
}

const range = (n: number, f: (i: number) => number | null) =>
  Array.from({ length: n }, (_, i) => f(i))

describe('columnKinds: each feature typed once, as pandas reads the files and Evidently types them', () => {
  it('integer storage with at most 10 distinct values over dev ∪ prod is categorical, 11 numerical', async () => {
    const dev = await file('dev-int', [
      { name: 'period', data: range(20, (i) => 1 + (i % 4)), type: 'INT32' },
      { name: 'minutes_remaining', data: range(20, (i) => i % 6), type: 'INT32' },
    ])
    const prod = await file('prod-int', [
      { name: 'period', data: range(20, (i) => 5 + (i % 6)), type: 'INT32' },
      { name: 'minutes_remaining', data: range(20, (i) => 6 + (i % 5)), type: 'INT32' },
    ])
    // period: 1..10 (10 values); minutes_remaining: 0..10 (11 values)
    expect(columnKinds(dev, prod)).toEqual({
      period: { kind: 'categorical', integer: true },
      minutes_remaining: { kind: 'numerical', integer: true },
    })
  })

  it('whole numbers stored as floats, or an integer column with a missing value, are numerical', async () => {
    const dev = await file('dev-float', [
      { name: 'period', data: range(20, (i) => 1 + (i % 4)), type: 'DOUBLE' },
      { name: 'playoffs', data: range(20, (i) => i % 2), type: 'INT32' },
    ])
    const prod = await file('prod-null', [
      { name: 'period', data: range(20, (i) => 1 + (i % 4)), type: 'INT32' },
      { name: 'playoffs', data: range(20, (i) => (i === 3 ? null : i % 2)), type: 'INT32' },
    ])
    expect(columnKinds(dev, prod)).toEqual({
      period: { kind: 'numerical', integer: false },
      playoffs: { kind: 'numerical', integer: false },
    })
  })

  it('types only the features both files have', async () => {
    const dev = await file('dev-two', [
      { name: 'lat', data: range(20, (i) => 34 + i / 100), type: 'DOUBLE' },
      { name: 'playoffs', data: range(20, (i) => i % 2), type: 'INT32' },
    ])
    const prod = await file('prod-one', [
      { name: 'playoffs', data: range(20, () => 0), type: 'INT32' },
    ])
    expect(columnKinds(dev, prod)).toEqual({ playoffs: { kind: 'categorical', integer: true } })
  })
})
