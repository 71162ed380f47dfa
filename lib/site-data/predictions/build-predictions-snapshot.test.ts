import { access, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readParquetBytes } from '../../parquet/parquet-table'
import { loadPredictionsTable } from '../../predictions/load-predictions-table'
import { filteredDrift } from '../../views/drift/filtered-drift'
import { loadSiteInputs } from '../load-site-inputs'
import { buildPredictionsSnapshot } from './build-predictions-snapshot'
import { parseRows } from './parse-rows'
import { parseSnapshot } from './parse-snapshot'

const fixtures = join(__dirname, '../../predictions/fixtures')
const OUTPUT = join(__dirname, '../../../data/output')

/** The build step on two files: read once, then built into outDir. */
async function buildSnapshot(options: {
  dev: string | null
  prod: string | null
  outDir: string
  rowsLimit?: number
}) {
  const inputs = await loadSiteInputs({ dev: options.dev, prod: options.prod, tracking: null })
  return buildPredictionsSnapshot({
    ...inputs,
    outDir: options.outDir,
    rowsLimit: options.rowsLimit,
  })
}

describe('buildPredictionsSnapshot', () => {
  it('ships rows the browser reads back identically and writes snapshot.json', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'snapshot-'))
    const dev = join(fixtures, 'ours.parquet')
    const prod = join(fixtures, 'pycaret3-default.parquet')
    const snapshot = await buildSnapshot({ dev, prod, outDir })
    const text = await readFile(join(outDir, 'snapshot.json'), 'utf8')
    expect(parseSnapshot(text)).toEqual(snapshot)
    // the parquet schema stays at the boundary: the page gets each column's kind, not its type
    expect(text).not.toMatch(/physicalType|INT32|INT64|DOUBLE|FLOAT/)
    expect(snapshot.problems).toEqual([])

    const bytes = await readFile(join(outDir, 'rows-prod.parquet'))
    const back = loadPredictionsTable(await readParquetBytes(bytes, 'rows-prod.parquet'))
    // PyCaret's confidence was turned into P(made) once, at the boundary; the rows file holds P(made)
    expect(back.report.probabilityConvention).toBe('positive_class')
    expect(back.report.rows).toBe(snapshot.datasets.prod!.rows)
    expect(back.report.labelledRows).toBe(snapshot.datasets.prod!.labelledRows)
    const original = await import('../../predictions/load-predictions').then((m) =>
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

  it('decides each column kind once, and the browser recomputes the build drift with it', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'snapshot-'))
    const snapshot = await buildSnapshot({
      dev: join(OUTPUT, 'predictions_dev.parquet'),
      prod: join(OUTPUT, 'predictions_prod.parquet'),
      outDir,
    })
    expect(snapshot.columns).toEqual({
      lat: { kind: 'numerical', integer: false },
      lng: { kind: 'numerical', integer: false },
      minutes_remaining: { kind: 'numerical', integer: true },
      period: { kind: 'categorical', integer: true },
      playoffs: { kind: 'categorical', integer: true },
      shot_distance: { kind: 'numerical', integer: true },
    })
    // what a page does with no filter set but every row kept: the same function, the same table
    const rows = async (name: 'dev' | 'prod') => {
      const file = snapshot.datasets[name]!.rowsFile
      const loaded = await parseRows(await readFile(join(outDir, file.slice('data/'.length))), file)
      const every = Uint32Array.from({ length: loaded.report.rows }, (_, i) => i)
      return { data: loaded.data, indices: every }
    }
    const browser = filteredDrift(await rows('dev'), await rows('prod'), snapshot.columns)
    expect(browser).toEqual({
      status: 'ready',
      drift: snapshot.drift,
      outputDrift: snapshot.outputDrift,
    })
    expect(snapshot.drift!.rows.map((r) => [r.column, r.type, r.method])).toEqual([
      ['lat', 'numerical', 'wasserstein'],
      ['lng', 'numerical', 'wasserstein'],
      ['minutes_remaining', 'numerical', 'wasserstein'],
      ['period', 'categorical', 'jensenshannon'],
      ['playoffs', 'categorical', 'jensenshannon'],
      ['shot_distance', 'numerical', 'wasserstein'],
    ])
  })
})
