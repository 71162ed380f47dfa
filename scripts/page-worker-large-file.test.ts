import { mkdtempSync, openAsBlob, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { labelledMetrics } from '@/lib/metrics/labelled-metrics'
import type { CellValue } from '@/lib/parquet/parquet-table'
import { readParquetFile as readOnDisk } from '@/lib/parquet/read-parquet-file'
import { loadPredictionsTable } from '@/lib/predictions/load-predictions-table'
import { sampleRowIndices } from '@/lib/site-data/predictions/sample-rows'
import type * as LoadPredictions from '@/lib/predictions/load-predictions'
import type * as Volume from '@/lib/virtual-fs/memory-volume'
import type * as PageReader from '@/lib/virtual-fs/read-parquet-file-page'
import { generatePredictions } from './bench-ui/generate-predictions'
import { pageBundleOptions, repoRoot } from './page-worker-plugin'

// A predictions file larger than the page keeps, read as the page's worker reads it: bundled
// with the worker's stand-ins, from a File that is only ever sliced, one row group at a time.
type Page = typeof LoadPredictions & typeof Volume & typeof PageReader

const work = mkdtempSync(join(tmpdir(), 'page-large-'))
const ROWS = 1_100_000
const file = join(work, 'predictions_prod.parquet')
let page: Page
let bytes = 0

beforeAll(async () => {
  const outfile = join(work, 'page-reader.mjs')
  await build({
    ...pageBundleOptions,
    stdin: {
      contents: [
        `export * from './lib/predictions/load-predictions'`,
        `export * from './lib/virtual-fs/memory-volume'`,
        `export * from './lib/virtual-fs/read-parquet-file-page'`,
      ].join('\n'),
      resolveDir: repoRoot,
      sourcefile: 'page-reader.ts',
      loader: 'ts',
    },
    outfile,
    logLevel: 'silent',
  })
  page = (await import(outfile)) as Page
  ;({ bytes } = await generatePredictions(
    join(repoRoot, 'data/output/predictions_prod.parquet'),
    file,
    ROWS,
  ))
}, 240_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The file as a browser File: every slice read is recorded; arrayBuffer of the whole, too. */
function watchedFile(blob: Blob, reads: number[]): Volume.BlobLike {
  const wrap = (part: Blob, whole: boolean): Volume.BlobLike => ({
    size: part.size,
    arrayBuffer: () => (reads.push(whole ? -part.size : part.size), part.arrayBuffer()),
    slice: (start, end) => wrap(part.slice(start, end), false),
  })
  return wrap(blob, true)
}

describe('a predictions file larger than the page keeps, in the worker', () => {
  it('is read row group by row group from File slices, keeping the build’s seeded sample', async () => {
    expect(ROWS).toBeGreaterThan(page.PAGE_ROWS_LIMIT)
    const reads: number[] = []
    const path = '/student/predictions_prod.parquet'
    page.mountVolume(
      new page.MemoryVolume([{ path, blob: watchedFile(await openAsBlob(file), reads) }]),
    )
    const progress: { read: number; settled: boolean }[] = []
    let settled = false
    page.watchParquetReads((_file, read, rows) => {
      expect(rows).toBe(ROWS)
      progress.push({ read, settled })
    })
    const loading = page.loadPredictionsFile(path).then((loaded) => ((settled = true), loaded))
    const loaded = await loading

    // progress after every row group (100,000 rows each), all of it before the read resolved
    expect(progress.map((p) => p.read)).toEqual(
      Array.from({ length: 11 }, (_, i) => Math.min(ROWS, (i + 1) * 100_000)),
    )
    expect(progress.every((p) => !p.settled)).toBe(true)
    // never the whole file: no arrayBuffer of the File itself, no slice near its size
    expect(reads.filter((n) => n < 0)).toEqual([])
    expect(Math.max(...reads)).toBeLessThan(bytes / 5)
    expect(page.sampledReads()).toEqual([{ file: path, kept: 1_000_000, rowsInFile: ROWS }])

    // the same rows as the build's sampleRowIndices picks from the whole file read on disk
    const disk = await readOnDisk(file)
    expect(disk.numRows).toBe(ROWS)
    const kept = sampleRowIndices(ROWS, page.PAGE_ROWS_LIMIT)
    const data: Record<string, CellValue[]> = {}
    for (const [name, values] of Object.entries(disk.data))
      data[name] = Array.from(kept, (row) => values[row]!)
    const want = loadPredictionsTable({ ...disk, numRows: kept.length, data })
    expect(loaded.report.rows).toBe(1_000_000)
    expect(loaded.report.labelledRows).toBe(want.report.labelledRows)
    expect(loaded.data.features).toEqual(want.data.features)
    const metrics = labelledMetrics(loaded.data.target, loaded.data.probability!)
    expect(metrics).toEqual(labelledMetrics(want.data.target, want.data.probability!))
    expect(metrics.n).toBeGreaterThan(0.5 * 1_000_000)
  }, 240_000)

  it('a schema look (no columns) reads the footer only and samples nothing', async () => {
    const reads: number[] = []
    const path = '/student/predictions_prod.parquet'
    page.mountVolume(
      new page.MemoryVolume([{ path, blob: watchedFile(await openAsBlob(file), reads) }]),
    )
    const { readParquetFile } = page
    const table = await readParquetFile(path, { columns: [] })
    expect(table.numRows).toBe(ROWS)
    // the footer and hyparquet's first guess at its size (the last 512 KB): no row group
    const total = reads.reduce((a, b) => a + Math.abs(b), 0)
    expect(total).toBeLessThanOrEqual(512 * 1024 + 40 + 4)
    expect(total).toBeLessThan(bytes / 20)
  })

  it('a missing file and a folder are one sentence naming the path', async () => {
    page.mountVolume(new page.MemoryVolume([{ path: '/p/a/x.parquet', blob: new Blob([]) }]))
    const { readParquetFile } = page
    await expect(readParquetFile('/p/nope.parquet')).rejects.toThrow(
      '/p/nope.parquet: file not found',
    )
    await expect(readParquetFile('/p/a')).rejects.toThrow(
      '/p/a: is a directory, not a parquet file',
    )
    await expect(readParquetFile('/p/a/x.parquet')).rejects.toThrow(
      '/p/a/x.parquet: not a parquet file (no "PAR1" magic bytes): the file is empty',
    )
  })
})
