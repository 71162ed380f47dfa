/**
 * Drift benchmark (not a test): the filtered drift tables the overview and drift views compute
 * when a filter changes (filteredDrift: features and outputs), on a generated dev and prod file
 * (scripts/bench-ui/generate-predictions.ts), for a few filters. Prints the median ms per filter.
 *
 *   npm run bench:drift                          # 200,000 dev rows, 1,000,000 prod rows
 *   npm run bench:drift -- --rows 200000 --repeats 7
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generatePredictions } from './bench-ui/generate-predictions'
import { columnKinds } from '../lib/site-data/predictions/column-kinds'
import { filterIndices } from '../lib/site-data/predictions/filter-indices'
import { readPredictionsInput } from '../lib/site-data/predictions/read-predictions-input'
import { DEFAULT_URL_STATE, type UrlState } from '../lib/url-state/url-state'
import { filteredDrift } from '../lib/views/drift/filtered-drift'
import { argNumber } from './arg-number'

const rows = argNumber('rows', 1_000_000)
const devRows = argNumber('dev-rows', Math.min(rows, 200_000))
const repeats = argNumber('repeats', 5)
const root = process.cwd()
const work = mkdtempSync(join(tmpdir(), 'bench-drift-'))

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

try {
  const devFile = join(work, 'dev.parquet')
  const prodFile = join(work, 'prod.parquet')
  await generatePredictions(
    resolve(root, 'data/output/predictions_dev.parquet'),
    devFile,
    devRows,
    11,
  )
  await generatePredictions(
    resolve(root, 'data/output/predictions_prod.parquet'),
    prodFile,
    rows,
    7,
  )
  const dev = await readPredictionsInput(devFile)
  const prod = await readPredictionsInput(prodFile)
  if (dev.status !== 'read' || prod.status !== 'read') throw new Error('generated files unreadable')
  const columns = columnKinds(dev, prod)
  const filters: Record<string, Partial<UrlState>> = {
    'period 1': { period: [1] },
    'periods 1-3': { period: [1, 2, 3] },
    'period 4, season 2005-06 on': { period: [4], seasonFrom: '2005-06' },
  }
  console.log(`dev ${devRows.toLocaleString('en')} rows, prod ${rows.toLocaleString('en')} rows`)
  for (const [label, filter] of Object.entries(filters)) {
    const side = (input: typeof dev & { status: 'read' }) => ({
      data: input.predictions.data,
      indices: filterIndices(input.predictions.data, { ...DEFAULT_URL_STATE, ...filter }),
    })
    const d = side(dev)
    const p = side(prod)
    const times: number[] = []
    for (let i = 0; i < repeats + 1; i++) {
      const t0 = performance.now()
      const result = filteredDrift(d, p, columns)
      if (result.status !== 'ready') throw new Error(`${label}: ${JSON.stringify(result)}`)
      // the first run also builds what is cached per loaded file
      if (i > 0) times.push(performance.now() - t0)
      else console.log(`  ${label}: first run ${(performance.now() - t0).toFixed(0)} ms`)
    }
    console.log(
      `  ${label}: ${d.indices.length} dev × ${p.indices.length} prod rows, filteredDrift median ` +
        `${median(times).toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
