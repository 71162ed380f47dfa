import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileStoreWriter } from '../../mlflow/filestore/writer'
import { readParquetFile } from '../../parquet/read-parquet-file'
import { scoreRows } from '../../views/what-if/what-if-model'
import { openTrackingInput } from '../open-tracking-input'
import { buildModelSnapshot } from './build-model-snapshot'
import type { ModelSnapshot } from './model-snapshot-types'
import { parseModelSnapshot } from './parse-model-snapshot'
import { sklearnMlmodel } from '../../mlflow/fixtures/sklearn-mlmodel'

// scikit-learn 1.2.1 fixtures of the model reader, with their expected outputs beside them
const FIXTURES = join(__dirname, '..', '..', 'model-reader', 'fixtures')
/** The real student models in shared/fixtures/peer-models beside the repository (or the worktree). */
function peerFolder(): string {
  for (let dir = join(__dirname, '..', '..', '..', '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'fixtures', 'peer-models')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir)
      throw new Error('no shared/fixtures/peer-models beside the repository')
  }
}
const PEER = peerFolder()
const FEATURES = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { probabilities: number[][] }
>
const [headerLine, ...lines] = readFileSync(join(FIXTURES, 'input.csv'), 'utf8').trim().split('\n')
const header = headerLine!.split(',')
/** input.csv's columns; its empty cells are the imputer's, so keep only complete rows */
const complete = lines.map((l) => l.split(',')).filter((cells) => cells.every((c) => c !== ''))
const keep = lines.map((l) => l.split(',').every((c) => c !== ''))
const inputColumns = Object.fromEntries(
  header.map((name, j) => [name, Float64Array.from(complete, (cells) => Number(cells[j]))]),
)

/** An MLmodel as mlflow.sklearn.log_model writes it, with a column signature. */
const mlmodel = (runId: string) =>
  sklearnMlmodel({ runId, predictFn: 'predict', signature: FEATURES })

let root: string
let snapshot: ModelSnapshot
let written: ModelSnapshot
const runs: Record<string, string> = {}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'what-if-pickles-'))
  let clock = 1_700_000_000_000
  const writer = await openFileStoreWriter(join(root, 'mlruns'), {
    now: () => (clock += 1000),
    user: 'student',
  })
  const experiment = await writer.getOrCreateExperiment('kobe-student')
  const logPickle = async (name: string, pickle: string, folder = 'model') => {
    const run = await writer.startRun(experiment, { runName: name })
    await run.logArtifactContent(`${folder}/model.pkl`, readFileSync(pickle))
    await run.logArtifactContent(`${folder}/MLmodel`, mlmodel(run.runId))
    await run.end()
    runs[name] = run.runId
    return run.runId
  }
  // the course's logistic regression pipeline, registered with alias champion
  const lr = await logPickle('lr pipeline', join(FIXTURES, 'logreg_binary_pipeline.p5.pkl'))
  await writer.registerModelVersion('student-model', lr, 'model', { alias: 'champion' })
  // the student's own pickle (newer scikit-learn), registered and put in Production
  const peer = await logPickle('peer logistic', join(PEER, 'logistic_model.pkl'))
  const v2 = await writer.registerModelVersion('student-model', peer, 'model')
  const meta = join(root, 'mlruns', 'models', 'student-model', `version-${v2}`, 'meta.yaml')
  await writeFile(
    meta,
    (await readFile(meta, 'utf8')).replace(/current_stage: .*/, 'current_stage: Production'),
  )
  // a PyCaret 3 pipeline with categorical inputs, in a run only (not registered), in clf/
  await logPickle('pycaret', join(FIXTURES, 'pycaret', 'pycaret3-calibrated.pkl'), 'clf')
  // a regressor students register for "the regression approach"
  await logPickle('ridge', join(FIXTURES, 'ridge.p5.pkl'))
  // an estimator the model reader does not rebuild
  await logPickle('naive bayes', join(FIXTURES, 'unsupported', 'gaussian-nb.pkl'))
  // a version whose run's artifacts are not on this machine
  const gone = await logPickle('moved away', join(FIXTURES, 'ridge.p5.pkl'))
  await writer.registerModelVersion('student-model', gone, 'model')
  await rm(join(root, 'mlruns', experiment, gone, 'artifacts'), { recursive: true })

  snapshot = await buildModelSnapshot({
    tracking: await openTrackingInput(join(root, 'mlruns')),
    dev: null,
    prod: null,
    outDir: join(root, 'out'),
  })
  written = parseModelSnapshot(await readFile(join(root, 'out', 'model.json')))
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('buildModelSnapshot on a student FileStore with pickled scikit-learn models', () => {
  it('lists the alias holder, the staged version, then runs with a logged model, once each', () => {
    expect(snapshot.problem).toBeNull()
    expect(snapshot.models.map((m) => [m.key, m.source.alias, m.source.stage])).toEqual([
      ['student-model/1', 'champion', null],
      ['student-model/2', null, 'Production'],
      [runs.ridge, null, null],
      [`${runs.pycaret}:clf`, null, null],
    ])
    expect(snapshot.models.map((m) => m.source.runName)).toEqual([
      'lr pipeline',
      'peer logistic',
      'ridge',
      'pycaret',
    ])
    expect(snapshot.models.map((m) => [m.estimator, m.kind])).toEqual([
      ['Pipeline(SimpleImputer, StandardScaler, LogisticRegression)', 'classifier'],
      ['LogisticRegression', 'classifier'],
      ['Pipeline(SimpleImputer, StandardScaler, Ridge)', 'regressor'],
      [
        'Pipeline(CleanColumnNames, SimpleImputer, OneHotEncoder, RobustScaler, CalibratedClassifierCV, LogisticRegression)',
        'classifier',
      ],
    ])
    expect(snapshot.models[0]!.source.artifactPath).toBe('model/model.pkl')
    expect(snapshot.models[0]!.inputs).toEqual(FEATURES)
  })

  it('says in one line per model why it could not be loaded, and notes each for the build', () => {
    expect(snapshot.unloadable).toEqual([
      {
        label: 'student-model version 3',
        reason: `no artifact folder of run ${runs['moved away']} on this machine.`,
      },
      {
        label: `run naive bayes (${runs['naive bayes']!.slice(0, 8)})`,
        reason: `model/model.pkl holds the class GaussianNB (sklearn.naive_bayes.GaussianNB), which the model reader does not support (the README lists the supported classes).`,
      },
    ])
    expect(snapshot.notes.some((n) => n.includes('supported: ') && n.includes('GaussianNB'))).toBe(
      true,
    )
    expect(written.unloadable).toEqual(snapshot.unloadable)
  })

  it('gives the categorical inputs of the PyCaret pipeline a list of its categories', () => {
    expect(snapshot.features.map((f) => f.name)).toEqual([
      ...FEATURES,
      'shot_type',
      'combined_shot_type',
    ])
    const shotType = snapshot.features.find((f) => f.name === 'shot_type')!
    expect(shotType.categories).toEqual(['2PT Field Goal', '3PT Field Goal'])
    expect(shotType).toMatchObject({ min: 0, max: 1, integer: true, default: 0 })
    const combined = snapshot.features.find((f) => f.name === 'combined_shot_type')!
    expect(combined.categories).toContain('Jump Shot')
  })

  it('scores, from the shipped file, what scikit-learn answers on the fixtures (1e-9)', () => {
    const [lr, , ridge, pycaret] = written.models
    const p = scoreRows(lr!.model, written.features, inputColumns)
    const want = expected.logreg_binary_pipeline!.probabilities.filter((_, i) => keep[i])
    expect(p.length).toBe(want.length)
    p.forEach((v, i) => expect(Math.abs(v - want[i]![1]!)).toBeLessThan(1e-9))
    // a regressor's output is clipped to [0, 1]
    const r = scoreRows(ridge!.model, written.features, inputColumns)
    expect(Math.min(...r)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...r)).toBeLessThanOrEqual(1)
    // the categorical inputs go in as the index of their category in the spec
    const fixture = JSON.parse(
      readFileSync(join(FIXTURES, 'pycaret', 'pycaret3-calibrated.json'), 'utf8'),
    ) as { columns: Record<string, (number | string | null)[]>; probabilities: number[][] }
    // complete rows whose categories the encoder knows (the form offers only those)
    const rows = fixture.columns
      .lat!.map((_, i) => i)
      .filter((i) =>
        pycaret!.inputs.every((name) => {
          const value = fixture.columns[name]![i]
          const categories = written.features.find((f) => f.name === name)!.categories
          return value !== null && (!categories || categories.includes(String(value)))
        }),
      )
    const columns = Object.fromEntries(
      pycaret!.inputs.map((name) => {
        const spec = written.features.find((f) => f.name === name)!
        const values = fixture.columns[name]!
        return [
          name,
          Float64Array.from(rows, (i) =>
            spec.categories ? spec.categories.indexOf(String(values[i])) : Number(values[i]),
          ),
        ]
      }),
    )
    const q = scoreRows(pycaret!.model, written.features, columns)
    expect(rows.length).toBeGreaterThan(20)
    rows.forEach((i, k) =>
      // P('made'): the PyCaret target was label-encoded, 'made' is its first class
      expect(Math.abs(q[k]! - fixture.probabilities[i]![0]!)).toBeLessThan(1e-9),
    )
  })

  it("reproduces the student's logged prediction_proba with their own pickle", async () => {
    const peer = written.models[1]!
    const table = await readParquetFile(join(PEER, 'predictions_prod.parquet'))
    const column = (name: string) =>
      Float64Array.from(table.data[name] as ArrayLike<unknown>, Number)
    const p = scoreRows(
      peer.model,
      written.features,
      Object.fromEntries(FEATURES.map((f) => [f, column(f)])),
    )
    const logged = column('prediction_proba')
    expect(p.length).toBe(5412)
    let worst = 0
    for (let i = 0; i < p.length; i++) worst = Math.max(worst, Math.abs(p[i]! - logged[i]!))
    expect(worst).toBeLessThan(1e-9)
  })
})
