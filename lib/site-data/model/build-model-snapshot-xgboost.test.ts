import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileStoreWriter } from '../../mlflow/filestore/writer'
import { sklearnMlmodel } from '../../mlflow/fixtures/sklearn-mlmodel'
import { scoreRows } from '../../views/what-if/what-if-model'
import { openTrackingInput } from '../open-tracking-input'
import { buildModelSnapshot } from './build-model-snapshot'
import type { ModelSnapshot } from './model-snapshot-types'
import { parseModelSnapshot } from './parse-model-snapshot'

// xgboost 1.7.4 pickles of the model reader, with xgboost's outputs beside them
const FIXTURES = join(__dirname, '..', '..', 'model-reader', 'fixtures', 'xgboost')
const FEATURES = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { probabilities?: number[][]; predictions?: number[] }
>
const [headerLine, ...lines] = readFileSync(join(FIXTURES, 'input.csv'), 'utf8').trim().split('\n')
const header = headerLine!.split(',')
/** the form sends finite numbers only: the complete rows of input.csv */
const keep = lines.map((l) => l.split(',').every((c) => c !== ''))
const complete = lines.filter((_, i) => keep[i]).map((l) => l.split(',').map(Number))
const columns = Object.fromEntries(
  header.map((name, j) => [name, Float64Array.from(complete, (cells) => cells[j]!)]),
)

let root: string
let snapshot: ModelSnapshot
let written: ModelSnapshot

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'what-if-xgboost-'))
  let clock = 1_700_000_000_000
  const writer = await openFileStoreWriter(join(root, 'mlruns'), {
    now: () => (clock += 1000),
    user: 'student',
  })
  const experiment = await writer.getOrCreateExperiment('kobe-xgboost')
  const logPickle = async (name: string, file: string) => {
    const run = await writer.startRun(experiment, { runName: name })
    await run.logArtifactContent('model/model.pkl', readFileSync(join(FIXTURES, file)))
    await run.logArtifactContent(
      'model/MLmodel',
      sklearnMlmodel({ runId: run.runId, predictFn: 'predict', signature: FEATURES }),
    )
    await run.end()
    return run.runId
  }
  const pipeline = await logPickle('xgb pipeline', 'xgb_pipeline.cloudpickle.pkl')
  await writer.registerModelVersion('student-model', pipeline, 'model', { alias: 'champion' })
  await logPickle('xgb alone', 'xgb_binary.joblib.pkl')
  await logPickle('xgb regressor', 'xgb_regressor.p4.pkl')
  snapshot = await buildModelSnapshot({
    tracking: await openTrackingInput(join(root, 'mlruns')),
    dev: null,
    prod: null,
    outDir: join(root, 'out'),
  })
  written = parseModelSnapshot(await readFile(join(root, 'out', 'model.json')))
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('the what-if model file with XGBoost pickles', () => {
  it('lists each XGBoost model with its estimator, kind and inputs', () => {
    expect(snapshot.problem).toBeNull()
    expect(snapshot.unloadable).toEqual([])
    expect(written.models.map((m) => [m.source.runName, m.estimator, m.kind])).toEqual([
      ['xgb pipeline', 'Pipeline(SimpleImputer, StandardScaler, XGBClassifier)', 'classifier'],
      ['xgb regressor', 'XGBRegressor', 'regressor'],
      ['xgb alone', 'XGBClassifier', 'classifier'],
    ])
    for (const m of written.models) expect(m.inputs).toEqual(FEATURES)
  })

  it("scores, from the shipped file, what xgboost answers (1e-6, xgboost's float32)", () => {
    expect(complete.length).toBeGreaterThan(60)
    const byRun = (name: string) => written.models.find((m) => m.source.runName === name)!.model
    for (const [run, fixture] of [
      ['xgb pipeline', 'xgb_pipeline'],
      ['xgb alone', 'xgb_binary'],
    ] as const) {
      const p = scoreRows(byRun(run), written.features, columns)
      const want = expected[fixture]!.probabilities!.filter((_, i) => keep[i])
      expect(p.length).toBe(want.length)
      p.forEach((v, i) => expect(Math.abs(v - want[i]![1]!)).toBeLessThan(1e-6))
    }
    // a regressor's output, clipped to [0, 1] as the form shows it
    const r = scoreRows(byRun('xgb regressor'), written.features, columns)
    const want = expected.xgb_regressor!.predictions!.filter((_, i) => keep[i])
    r.forEach((v, i) => expect(Math.abs(v - Math.min(1, Math.max(0, want[i]!)))).toBeLessThan(1e-6))
  })
})
