import { access, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readParquetBytes } from '../parquet/parquet-table'
import { loadPredictionsTable } from '../predictions/load-predictions-table'
import { buildSnapshot } from './build-snapshot'
import type { Snapshot } from '../site-data/predictions/snapshot-types'

const fixtures = join(__dirname, '../predictions/fixtures')

describe('buildSnapshot', () => {
  it('ships rows the browser reads back identically and writes snapshot.json', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'snapshot-'))
    const dev = join(fixtures, 'ours.parquet')
    const prod = join(fixtures, 'pycaret3-default.parquet')
    const snapshot = await buildSnapshot({ dev, prod, outDir })
    const written = JSON.parse(await readFile(join(outDir, 'snapshot.json'), 'utf8')) as Snapshot
    expect(written.datasets.dev?.rows).toBe(snapshot.datasets.dev?.rows)
    expect(snapshot.problems).toEqual([])

    const bytes = await readFile(join(outDir, 'rows-prod.parquet'))
    const back = loadPredictionsTable(await readParquetBytes(bytes, 'rows-prod.parquet'))
    // PyCaret's confidence was turned into P(made) once, at the boundary; the rows file holds P(made)
    expect(back.report.probabilityConvention).toBe('positive_class')
    expect(back.report.rows).toBe(snapshot.datasets.prod!.rows)
    expect(back.report.labelledRows).toBe(snapshot.datasets.prod!.labelledRows)
    const original = await import('../predictions/load-predictions').then((m) =>
      m.loadPredictionsFile(prod),
    )
    expect(Array.from(back.data.probability!)).toEqual(Array.from(original.data.probability!))
    expect(snapshot.datasets.prod!.metrics!.log_loss).toBeGreaterThan(0)
  })

  it('samples above the rows limit and keeps exact metrics on every row', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'snapshot-'))
    const file = join(fixtures, 'ours.parquet')
    const full = await buildSnapshot({ dev: file, prod: file, outDir })
    const sampled = await buildSnapshot({ dev: file, prod: file, outDir, rowsLimit: 5 })
    expect(sampled.datasets.prod).toMatchObject({ shippedRows: 5, sampled: true })
    expect(sampled.datasets.prod!.metrics).toEqual(full.datasets.prod!.metrics)
  })

  it('reports an unreadable file and still builds the other side', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'snapshot-'))
    const snapshot = await buildSnapshot({
      dev: join(fixtures, 'ours.parquet'),
      prod: join(fixtures, 'not-parquet.parquet'),
      outDir,
    })
    expect(snapshot.datasets.dev?.rows).toBeGreaterThan(0)
    expect(snapshot.datasets.prod).toBeNull()
    expect(snapshot.drift).toBeNull()
    expect(snapshot.problems).toHaveLength(1)
    expect(snapshot.problems[0]!.message).toContain('not a parquet file')
  })

  it('removes the rows file of a dataset a rebuild no longer produces', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'snapshot-'))
    const good = join(fixtures, 'ours.parquet')
    await buildSnapshot({ dev: good, prod: good, outDir })
    await access(join(outDir, 'rows-prod.parquet'))
    await buildSnapshot({ dev: good, prod: join(fixtures, 'not-parquet.parquet'), outDir })
    await expect(access(join(outDir, 'rows-prod.parquet'))).rejects.toThrow('ENOENT')
    await access(join(outDir, 'rows-dev.parquet'))
    await buildSnapshot({ dev: good, prod: null, outDir })
    await expect(access(join(outDir, 'rows-prod.parquet'))).rejects.toThrow('ENOENT')
  })
})
