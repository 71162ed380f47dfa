import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { buildMonitoringReport } from '../../monitoring/monitoring-report'
import { monitorDatasets } from '../../monitoring/read-monitor-datasets'
import { readPredictionsInput } from '../predictions/read-predictions-input'
import { buildMonitoringSite, monitoringView } from './build-monitoring-site'
import { parseMonitoringSite } from './parse-monitoring-site'

const DEV = 'data/output/predictions_dev.parquet'
const PROD = 'data/output/predictions_prod.parquet'

test('monitoring.json holds the report npm run monitor computes, and parses back', async () => {
  const dev = await readPredictionsInput(DEV)
  const prod = await readPredictionsInput(PROD)
  if (dev.status !== 'read' || prod.status !== 'read') throw new Error('run npm run pipeline')
  const outDir = await mkdtemp(join(tmpdir(), 'monitoring-site-'))
  try {
    const built = await buildMonitoringSite({ dev, prod, model: null, outDir })
    expect(built.site.problem).toBeNull()
    const sets = monitorDatasets(dev, prod)
    const expected = monitoringView(buildMonitoringReport(sets.dev, sets.prod, { model: null }))
    const parsed = parseMonitoringSite(await readFile(join(outDir, 'monitoring.json')))
    expect(parsed.report).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(parsed.report!.metrics.prod.values.f1_score).toBe(0)
    expect(parsed.report!.estimate.validity!.trustworthy).toBe(false)
    // a view-model: no per-row data (the chunks' coded reasons, with absolute paths here, are
    // most of it; per-row data would be megabytes)
    const bytes = (await readFile(join(outDir, 'monitoring.json'))).byteLength
    expect(bytes).toBeLessThan(500_000)
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
})

test('no prod file: the site file says why and the build report gets the sentence', async () => {
  const dev = await readPredictionsInput(DEV)
  const built = await buildMonitoringSite({ dev, prod: null, model: null, outDir: null })
  expect(built.site.report).toBeNull()
  expect(built.site.problem).toBe(
    'no prod predictions file: monitoring needs a dev and a prod file',
  )
  expect(built.problems.map((p) => p.message)).toEqual([built.site.problem])
})

test('a truncated report is refused by field name', () => {
  const text = JSON.stringify({
    version: 1,
    generatedAt: '',
    problem: null,
    report: { chunks: [] },
  })
  expect(() => parseMonitoringSite(text)).toThrow(
    'data/monitoring.json report: field "features" must be a list, got missing: rebuild the site (npm run build)',
  )
  expect(() => parseMonitoringSite(JSON.stringify({ version: 2 }))).toThrow(
    'data/monitoring.json: version 2, this page reads version 1',
  )
})
