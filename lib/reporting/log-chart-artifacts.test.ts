import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTrackingStore } from '../tracking/open-store'
import { latestApplicationRun, logChartArtifacts } from './log-chart-artifacts'

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

describe('logChartArtifacts on a copy of the pipeline FileStore', () => {
  it('writes the images into the latest PipelineAplicacao run, readable through the store', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'charts-store-')), 'mlruns')
    cpSync('mlruns', root, { recursive: true })
    const store = await openTrackingStore(root)
    const run = await latestApplicationRun(store)
    expect(run?.name).toBe('PipelineAplicacao')
    const folder = await logChartArtifacts(store, run!, [
      { file: 'roc_curve_reg_log.png', bytes: PNG },
      { file: 'prediction_map_prod.png', bytes: PNG },
    ])
    expect(folder).toBe(join(root, run!.experimentId, run!.id, 'artifacts', 'charts'))
    // no temporary file left in the artifacts or the run folder
    expect(readdirSync(folder).sort()).toEqual(['prediction_map_prod.png', 'roc_curve_reg_log.png'])
    expect(readdirSync(join(folder, '..', '..')).filter((f) => f.endsWith('.tmp'))).toEqual([])
    const reread = await openTrackingStore(root)
    const listed = await reread.listArtifacts(run!.id, 'charts')
    expect(listed.map((e) => [e.path, e.size])).toEqual([
      ['charts/prediction_map_prod.png', 11],
      ['charts/roc_curve_reg_log.png', 11],
    ])
    expect([...(await reread.readArtifact(run!.id, 'charts/roc_curve_reg_log.png'))]).toEqual([
      ...PNG,
    ])
    // the rest of the run is untouched
    expect(readFileSync(join(root, run!.experimentId, run!.id, 'meta.yaml'), 'utf8')).toBe(
      readFileSync(join('mlruns', run!.experimentId, run!.id, 'meta.yaml'), 'utf8'),
    )
    expect(reread.problems()).toEqual([])
  })
})

describe('logChartArtifacts on a copy of an MLflow 1.0 SQLite store', () => {
  it('copies the images into the run artifact location the reader finds, leaving the database as it was', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'charts-sqlite-')), 'project')
    cpSync(join(__dirname, '..', 'mlflow', 'fixtures', 'sqlite', 'mlflow-1.0'), root, {
      recursive: true,
    })
    const db = join(root, 'mlruns.db')
    const before = readFileSync(db)
    const store = await openTrackingStore(`sqlite:///${db}`)
    const experiments = await store.listExperiments()
    const runs = (await Promise.all(experiments.map((e) => store.listRuns(e.id)))).flat()
    const run = runs.find((r) => r.id === 'b1000000000000000000000000000001')!
    const folder = await logChartArtifacts(store, run, [{ file: 'target_rate.png', bytes: PNG }])
    expect(folder).toBe(join(root, 'mlruns', '1', run.id, 'artifacts', 'charts'))
    const reread = await openTrackingStore(`sqlite:///${db}`)
    expect((await reread.listArtifacts(run.id)).map((e) => e.path)).toEqual(['charts', 'notes.txt'])
    expect([...(await reread.readArtifact(run.id, 'charts/target_rate.png'))]).toEqual([...PNG])
    expect(readFileSync(db).equals(before)).toBe(true)
  })
})
