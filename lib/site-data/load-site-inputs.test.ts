import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSiteInputs } from './load-site-inputs'

const fixtures = join(__dirname, '../predictions/fixtures')
const ROOT = join(__dirname, '../..')

describe('loadSiteInputs', () => {
  it('reads a file given for both sides once, and opens the store once for every builder', async () => {
    const file = join(fixtures, 'ours.parquet')
    const inputs = await loadSiteInputs(
      { dev: file, prod: file, tracking: 'lib/mlflow/fixtures/sqlite/mlflow-3x/mlflow.db' },
      ROOT,
    )
    expect(inputs.prod).toBe(inputs.dev)
    expect(inputs.dev).toMatchObject({ status: 'read', source: file })
    if (inputs.dev?.status !== 'read') throw new Error('not read')
    expect(inputs.dev.predictions.report).toMatchObject({ rows: 20, labelledRows: 17 })
    expect(inputs.dev.integerFeatures).toEqual([
      'minutes_remaining',
      'period',
      'playoffs',
      'shot_distance',
    ])
    expect(inputs.tracking).toMatchObject({ status: 'open' })
    if (inputs.tracking?.status !== 'open') throw new Error('not open')
    expect(inputs.tracking.store.kind).toBe('sqlite')
  })

  it('keeps what could not be read as inputs naming the file, and nothing configured as null', async () => {
    const bad = join(fixtures, 'not-parquet.parquet')
    const inputs = await loadSiteInputs({
      dev: null,
      prod: bad,
      tracking: join(fixtures, 'ours.expected.json'),
    })
    expect(inputs.dev).toBeNull()
    expect(inputs.prod).toMatchObject({ status: 'unreadable', source: bad })
    if (inputs.prod?.status !== 'unreadable') throw new Error('read')
    expect(inputs.prod.error).toContain('not a parquet file')
    expect(inputs.tracking).toMatchObject({ status: 'unopened' })
    if (inputs.tracking?.status !== 'unopened') throw new Error('opened')
    expect(inputs.tracking.error.message).toContain(
      'neither an mlruns folder nor a SQLite database',
    )
    expect((await loadSiteInputs({ dev: null, prod: null, tracking: null })).tracking).toBeNull()
  })
})
