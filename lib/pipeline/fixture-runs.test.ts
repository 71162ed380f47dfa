import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { readParquetFile } from '@/lib/parquet/read-parquet-file'
import { writeRawFixture } from './fixtures/raw-fixture'
import { storedRuns } from './fixtures/store-listing'
import { runPipeline } from './run-pipeline'

it('a second run appends five runs and registers version 2 as champion', async () => {
  const project = await mkdtemp(path.join(os.tmpdir(), 'kobe-append-'))
  const store = path.join(project, 'store')
  await mkdir(path.join(project, 'data', 'raw'), { recursive: true })
  await writeRawFixture(path.join(project, 'data', 'raw', 'dataset_kobe_dev.parquet'))
  await writeRawFixture(path.join(project, 'data', 'raw', 'dataset_kobe_prod.parquet'), {
    seed: 5,
    rows: 90,
  })
  const options = {
    projectDir: project,
    env: { MLFLOW_TRACKING_URI: `file://${store}` },
    download: false as const,
  }
  const first = await runPipeline(options)
  const second = await runPipeline({ ...options, seed: 8 })
  expect(second.experimentId).toBe(first.experimentId)
  const runs = await storedRuns(path.join(store, first.experimentId))
  expect(runs).toHaveLength(10)
  expect(runs.filter((r) => r.name === 'PipelineAplicacao')).toHaveLength(2)
  expect(second.train.registered.version).toBe(2)
  const model = path.join(store, 'models', 'kobe-shot-model')
  expect((await readFile(path.join(model, 'aliases', 'champion'), 'utf8')).trim()).toBe('2')
  expect(await readFile(path.join(model, 'version-1', 'meta.yaml'), 'utf8')).toContain(
    `run_id: ${first.train.chosen.runId}`,
  )
})

it('skips and counts prod rows with a missing feature, never imputing them', async () => {
  const project = await mkdtemp(path.join(os.tmpdir(), 'kobe-skip-'))
  const raw = path.join(project, 'data', 'raw')
  await mkdir(raw, { recursive: true })
  await writeRawFixture(path.join(raw, 'dataset_kobe_dev.parquet'))
  const lat = Array.from({ length: 60 }, (_, i) => (i % 20 === 3 ? null : 34 - i / 1000))
  await writeRawFixture(path.join(raw, 'dataset_kobe_prod.parquet'), {
    rows: 60,
    override: [{ name: 'lat', type: 'DOUBLE', data: lat }],
  })
  const lines: string[] = []
  const result = await runPipeline({ projectDir: project, env: {}, download: false }, (l) =>
    lines.push(l),
  )
  expect(result.apply.counts.prod_rows).toBe(57)
  expect(result.apply.counts.prod_rows_skipped).toBe(3)
  expect(lines).toContain(
    '  warning: 3 prod rows lack a feature value and are not scored (shot_id 4, 24, 44…)',
  )
  const prod = await readParquetFile(result.apply.files.prod)
  expect(prod.numRows).toBe(57)
  expect(prod.data.shot_id).not.toContain(4)
  expect(prod.data.lat).not.toContain(null)
})
