import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { closedPortUrl } from './fixtures/closed-port'
import { fileDigests } from './fixtures/store-listing'
import { writeRawFixture, type RawFixtureOptions } from './fixtures/raw-fixture'
import { PipelineInputError } from './pipeline-input-error'
import { runPipeline } from './run-pipeline'
import type { PipelineOptions } from './pipeline-config'

/**
 * Every bad input stops the pipeline with one message naming file, column and value, before
 * anything is written: the outputs and MLflow runs of the earlier good run stay byte-identical.
 */
describe('bad input', () => {
  let project: string
  let rawDir: string
  let before: Record<string, string>
  let offline: string
  const options = (): PipelineOptions => ({
    projectDir: project,
    dataDir: null,
    env: {},
    download: { baseUrl: offline, timeoutMs: 2000 },
  })
  const written = async () => {
    const all = await fileDigests(project)
    return Object.fromEntries(
      Object.entries(all).filter(([f]) => !f.startsWith(path.join('data', 'raw'))),
    )
  }
  const devFile = () => path.join(rawDir, 'dataset_kobe_dev.parquet')
  const prodFile = () => path.join(rawDir, 'dataset_kobe_prod.parquet')

  async function expectRejected(message: string | RegExp) {
    const run = runPipeline(options())
    await expect(run).rejects.toThrow(PipelineInputError)
    await expect(runPipeline(options())).rejects.toThrow(message)
    expect(await written()).toEqual(before)
    await writeRawFixture(devFile())
    await writeRawFixture(prodFile(), { seed: 2, rows: 150 })
  }
  const writeDev = (o: RawFixtureOptions) => writeRawFixture(devFile(), o)

  beforeAll(async () => {
    offline = await closedPortUrl()
    project = await mkdtemp(path.join(os.tmpdir(), 'kobe-bad-input-'))
    rawDir = path.join(project, 'data', 'raw')
    await mkdir(rawDir, { recursive: true })
    await writeRawFixture(devFile())
    await writeRawFixture(prodFile(), { seed: 2, rows: 150 })
    const good = await runPipeline(options())
    expect(good.apply.counts.prod_rows).toBe(150)
    before = await written()
    expect(Object.keys(before).length).toBeGreaterThan(30)
  })

  it('a missing raw file: names both folders, the failed download and the remedy', async () => {
    await rm(devFile())
    const empty = await mkdtemp(path.join(os.tmpdir(), 'kobe-empty-'))
    const run = runPipeline({ ...options(), dataDir: empty })
    await expect(run).rejects.toThrow(
      new RegExp(
        [
          'Raw data not found: dataset_kobe_dev\\.parquet\\.',
          `Looked in ${empty} \\(--data-dir\\) and ${rawDir}\\.`,
          `Download failed: ${offline.replace(/\./g, '\\.')}dataset_kobe_dev\\.parquet could not be fetched \\(fetch failed: ECONNREFUSED\\)\\.`,
          `Copy dataset_kobe_dev\\.parquet into ${rawDir}, or set KOBE_DATA_DIR \\(or --data-dir\\)`,
        ].join('\\n'),
      ),
    )
    await expectRejected('Raw data not found: dataset_kobe_dev.parquet')
  })

  it('a file that is not parquet', async () => {
    await writeFile(devFile(), 'lat,lon,shot_made_flag\n34.0,-118.2,1\n')
    await expectRejected(
      `${devFile()}: not a parquet file (no "PAR1" magic bytes): it looks like CSV text (starts with "lat,lon,shot_made_flag")`,
    )
  })

  it('a missing column', async () => {
    await writeDev({ drop: ['shot_distance'] })
    await expectRejected(
      new RegExp(
        `^${devFile()}: column "shot_distance" is missing; the file has action_type, lat, `,
      ),
    )
  })

  it('a column of the wrong type (lat as strings)', async () => {
    await writeDev({
      override: [{ name: 'lat', type: 'STRING', data: Array(400).fill('33.9723') }],
    })
    await expectRejected(
      `${devFile()}: column "lat" (BYTE_ARRAY/UTF8) must hold numbers, but row 0 holds the string "33.9723"`,
    )
  })

  it('a label that is not 0/1, in the prod file', async () => {
    const flags = Array.from({ length: 150 }, (_, i) => (i === 7 ? 2 : 0))
    await writeRawFixture(prodFile(), {
      rows: 150,
      override: [{ name: 'shot_made_flag', type: 'DOUBLE', data: flags }],
    })
    await expectRejected(
      `${prodFile()}: column "shot_made_flag" (DOUBLE) must hold 0, 1 or null, but row 7 holds 2`,
    )
  })

  it('fractional values in a whole-number column', async () => {
    await writeDev({ override: [{ name: 'period', type: 'DOUBLE', data: Array(400).fill(1.5) }] })
    await expectRejected(
      `${devFile()}: column "period" (DOUBLE) must hold whole numbers, but row 0 holds 1.5`,
    )
  })

  it('no labelled rows', async () => {
    await writeDev({ labels: 'none' })
    await expectRejected(
      `${devFile()}: no row has a shot_made_flag and all six features (400 rows, 0 with a shot_made_flag), so there is nothing to train on`,
    )
  })

  it('too few shots of one class to cross-validate', async () => {
    const flags = Array.from({ length: 400 }, (_, i) => (i < 3 ? 1 : 0))
    await writeDev({ override: [{ name: 'shot_made_flag', type: 'DOUBLE', data: flags }] })
    await expectRejected(
      /the training part has 2 rows with shot_made_flag = 1 \(of 400 complete rows\); training needs at least 5/,
    )
  })

  it('a database tracking URI', async () => {
    await expect(runPipeline({ ...options(), trackingUri: 'sqlite:///mlflow.db' })).rejects.toThrow(
      'MLFLOW_TRACKING_URI "sqlite:///mlflow.db" uses "sqlite:", but the pipeline writes only MLflow FileStores',
    )
    expect(await written()).toEqual(before)
  })
})
