import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openFileStoreWriter, type FileStoreWriter } from '../../mlflow/filestore/writer'
import type { ModelJson } from '../../model/model-json'
import { scoreRow } from '../../views/what-if/what-if-model'
import { predictProba } from '../../model/predict-proba'
import { loadPredictionsFile } from '../../predictions/load-predictions'
import { loggedModelSpec, modelJsonText } from '../../pipeline/model-artifact'
import { loadSiteInputs } from '../load-site-inputs'
import { openTrackingInput } from '../open-tracking-input'
import { buildModelSnapshot } from './build-model-snapshot'

const FEATURES = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']

function lr(intercept: number): ModelJson {
  return {
    format: 'kobe-model-json',
    version: 1,
    features: FEATURES,
    target: 'shot_made_flag',
    training: { rows: 10 },
    type: 'logistic_regression',
    intercept,
    coefficients: [0, 0, 0, 0, 0, -0.1],
    hyperparameters: { penalty: 'l2', C: 1 },
  }
}

/** A depth-1 tree on shot_distance: ≤ 10 ft → 0.6, else 0.3. */
const tree: ModelJson = {
  format: 'kobe-model-json',
  version: 1,
  features: FEATURES,
  target: 'shot_made_flag',
  training: { rows: 10 },
  type: 'decision_tree',
  hyperparameters: { criterion: 'gini', max_depth: 1 },
  tree: {
    feature: [5, -1, -1],
    threshold: [10, -2, -2],
    left: [1, -1, -1],
    right: [2, -1, -1],
    value: [0.45, 0.6, 0.3],
    samples: [10, 5, 5],
  },
}

let root: string
let writer: FileStoreWriter
let clock = 1_700_000_000_000

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'what-if-store-'))
  clock = 1_700_000_000_000
  writer = await openFileStoreWriter(join(root, 'mlruns'), {
    now: () => (clock += 1000),
    user: 'test',
  })
})
afterEach(() => rm(root, { recursive: true, force: true }))

/** A finished run named `name` with `model/model.json` holding `content` (a model or raw text). */
async function modelRun(name: string, content: ModelJson | string, parentRunId?: string) {
  const experiment = await writer.getOrCreateExperiment('kobe')
  const run = await writer.startRun(experiment, { runName: name, parentRunId })
  if (typeof content === 'string') await run.logArtifactContent('model/model.json', content)
  else await run.logModel('model', loggedModelSpec(content, [[34, -118.2, 5, 1, 0, 10]]))
  await run.end()
  return run.runId
}

const build = async (tracking: string | null = join(root, 'mlruns')) =>
  buildModelSnapshot({
    tracking: await openTrackingInput(tracking),
    dev: null,
    prod: null,
    outDir: join(root, 'out'),
    now: () => new Date(0),
  })

describe('buildModelSnapshot on a FileStore written here', () => {
  it('serves the version holding the champion alias, with its run and the parent selection reason', async () => {
    const experiment = await writer.getOrCreateExperiment('kobe')
    const parent = await writer.startRun(experiment, { runName: 'Treinamento' })
    await parent.setTags({ 'model.selection_reason': 'lower log loss' })
    const a = await modelRun('Treinamento - A', lr(1), parent.runId)
    const b = await modelRun('Treinamento - B', lr(2), parent.runId)
    await parent.end()
    await writer.registerModelVersion('kobe-shot-model', a, 'model', { alias: 'champion' })
    await writer.registerModelVersion('kobe-shot-model', b, 'model')

    const snapshot = await build()
    expect(snapshot.problem).toBeNull()
    expect(snapshot.source).toMatchObject({
      registeredModel: 'kobe-shot-model',
      version: 1,
      alias: 'champion',
      runId: a,
      runName: 'Treinamento - A',
      artifactPath: 'model/model.json',
      chosenBy: 'alias',
      selectionReason: 'lower log loss',
    })
    expect(snapshot.model).toEqual(lr(1))
    expect(snapshot.features.map((f) => f.name)).toEqual(FEATURES)
    const written = JSON.parse(await readFile(join(root, 'out', 'model.json'), 'utf8'))
    expect(written).toEqual(snapshot)
    expect(written.generatedAt).toBe('1970-01-01T00:00:00.000Z')
  })

  it('ships every model: the champion first, then runs not registered, each with its identity', async () => {
    const experiment = await writer.getOrCreateExperiment('kobe')
    const parent = await writer.startRun(experiment, { runName: 'Treinamento' })
    const lrRun = await modelRun('Treinamento - LogisticRegression', lr(1), parent.runId)
    const treeRun = await modelRun('Treinamento - DecisionTree', tree, parent.runId)
    await parent.setTags({
      'model.selection_reason': 'lower log loss',
      'model.selected_run_id': lrRun,
    })
    await parent.end()
    await writer.registerModelVersion('kobe-shot-model', lrRun, 'model', { alias: 'champion' })

    const snapshot = await build()
    expect(snapshot.models?.map((m) => m.key)).toEqual(['kobe-shot-model/1', treeRun])
    const [champion, other] = snapshot.models!
    expect(champion!.source).toEqual(snapshot.source)
    expect(champion!.model).toEqual(snapshot.model)
    expect(champion!.source).toMatchObject({
      registeredModel: 'kobe-shot-model',
      version: 1,
      alias: 'champion',
      runId: lrRun,
      runName: 'Treinamento - LogisticRegression',
      chosenBy: 'alias',
      selectionReason: 'lower log loss',
    })
    expect(other!.source).toMatchObject({
      registeredModel: null,
      version: null,
      alias: null,
      runId: treeRun,
      runName: 'Treinamento - DecisionTree',
      artifactPath: 'model/model.json',
      chosenBy: 'other_run',
      // the parent's reason is about the run it selected, not this one
      selectionReason: null,
    })
    expect(other!.model).toEqual(tree)
    expect(
      scoreRow(other!.model, [], {
        ...Object.fromEntries(FEATURES.map((f) => [f, 0])),
        shot_distance: 23,
      }),
    ).toBe(0.3)
    expect(snapshot.notes).toEqual([])
    const written = JSON.parse(await readFile(join(root, 'out', 'model.json'), 'utf8'))
    expect(written.models).toHaveLength(2)
  })

  it('caps the list at `limit` models and keeps the served one first', async () => {
    const older = await modelRun('older', lr(1))
    await modelRun('middle', lr(2))
    const newest = await modelRun('newest', lr(3))
    await writer.registerModelVersion('m', older, 'model', { alias: 'champion' })
    const snapshot = await buildModelSnapshot({
      tracking: await openTrackingInput(join(root, 'mlruns')),
      dev: null,
      prod: null,
      outDir: null,
      limit: 2,
    })
    expect(snapshot.models?.map((m) => m.key)).toEqual(['m/1', newest])
    expect(snapshot.models?.map((m) => m.source.runName)).toEqual(['older', 'newest'])
  })

  it('takes the latest version when no version has the alias', async () => {
    const a = await modelRun('A', lr(1))
    const b = await modelRun('B', lr(2))
    await writer.registerModelVersion('m', a, 'model')
    await writer.registerModelVersion('m', b, 'model')
    const snapshot = await build()
    expect(snapshot.source).toMatchObject({
      registeredModel: 'm',
      version: 2,
      alias: null,
      runId: b,
      chosenBy: 'latest_version',
    })
    expect(snapshot.model).toMatchObject({ intercept: 2 })
  })

  it('notes a champion whose model file is not kobe-model-json and falls back', async () => {
    const good = await modelRun('good', lr(3))
    const bad = await modelRun('bad', '{"format": "sklearn-pickle"}')
    await writer.registerModelVersion('m', good, 'model')
    await writer.registerModelVersion('m', bad, 'model', { alias: 'champion' })
    const snapshot = await build()
    expect(snapshot.source).toMatchObject({ version: 1, runId: good, chosenBy: 'older_version' })
    expect(snapshot.notes).toHaveLength(1)
    expect(snapshot.notes[0]).toContain('m version 2')
    expect(snapshot.notes[0]).toContain(
      'field "format" must be "kobe-model-json", got "sklearn-pickle"',
    )
  })

  it('falls back to the newest finished run with model/model.json when nothing is registered', async () => {
    await modelRun('older', lr(4))
    const newer = await modelRun('newer', lr(5))
    const experiment = await writer.getOrCreateExperiment('kobe')
    const empty = await writer.startRun(experiment, { runName: 'no model' })
    await empty.end()
    const snapshot = await build()
    expect(snapshot.source).toMatchObject({
      registeredModel: null,
      version: null,
      runId: newer,
      runName: 'newer',
      chosenBy: 'newest_run',
    })
    expect(snapshot.model).toMatchObject({ intercept: 5 })
  })

  it('says why when the store has no model file', async () => {
    const experiment = await writer.getOrCreateExperiment('kobe')
    await (await writer.startRun(experiment, { runName: 'prep' })).end()
    const snapshot = await build()
    expect(snapshot.model).toBeNull()
    expect(snapshot.source).toBeNull()
    expect(snapshot.problem?.code).toBe('no_model')
    expect(snapshot.problem?.detail).toBe(
      `no readable logged model (MLmodel folder or model.json) in the tracking store ${join(root, 'mlruns')} ` +
        '(0 registered model(s), 1 finished run(s)): run `npm run pipeline`',
    )
    // the form still gets its six inputs, from the physical ranges
    expect(snapshot.features.find((f) => f.name === 'shot_distance')).toMatchObject({
      min: 0,
      max: 92,
      train: null,
    })
  })

  it('says why when there is no tracking store at all', async () => {
    const snapshot = await build(join(root, 'nowhere'))
    expect(snapshot.problem).toEqual({
      code: 'no_store',
      detail: `${join(root, 'nowhere')}: no such file or folder: run \`npm run pipeline\``,
    })
    const none = await build(null)
    expect(none.problem?.detail).toBe('no MLflow tracking store configured: run `npm run pipeline`')
  })
})

describe('buildModelSnapshot on the pipeline outputs (mlruns/, data/output/)', () => {
  it('serves kobe-shot-model@champion, and its scores equal every stored prediction_score', async () => {
    const prodFile = 'data/output/predictions_prod.parquet'
    const inputs = await loadSiteInputs({
      tracking: 'mlruns',
      dev: 'data/output/predictions_dev.parquet',
      prod: prodFile,
    })
    const snapshot = await buildModelSnapshot({ ...inputs, outDir: null })
    expect(snapshot.problem).toBeNull()
    expect(snapshot.source).toMatchObject({
      registeredModel: 'kobe-shot-model',
      alias: 'champion',
      chosenBy: 'alias',
    })
    expect(snapshot.source?.runName).toMatch(/^Treinamento - /)
    // both candidates ship: the champion, then the other candidate's run
    expect(snapshot.models?.map((m) => m.source.runName).sort()).toEqual([
      'Treinamento - DecisionTree',
      'Treinamento - LogisticRegression',
    ])
    expect(snapshot.models?.[0]?.key).toBe('kobe-shot-model/1')
    expect(snapshot.models?.map((m) => m.estimator)).toEqual([
      'LogisticRegression',
      expect.stringMatching(/^DecisionTreeClassifier\(max_depth=\d+\)$/),
    ])
    const model = snapshot.model!
    if (model.format !== 'kobe-model-json') throw new Error('the champion is our model.json')
    const prod = await loadPredictionsFile(prodFile)
    const scores = prod.data.probability!
    let worst = 0
    for (let i = 0; i < scores.length; i++) {
      const row = Object.fromEntries(model.features.map((f) => [f, prod.data.features[f]![i]!]))
      worst = Math.max(worst, Math.abs(predictProba(model, row) - scores[i]!))
    }
    expect(scores.length).toBe(6426)
    expect(worst).toBe(0)
    // ranges: the court widened to every prod shot; training ranges from the 4,057 dev test rows
    const distance = snapshot.features.find((f) => f.name === 'shot_distance')!
    expect(distance).toMatchObject({
      min: 0,
      max: 92,
      integer: true,
      train: { min: 0, max: 23, rows: 4057 },
    })
    const lat = snapshot.features.find((f) => f.name === 'lat')!
    expect([lat.min, lat.max]).toEqual([33.1518, 34.0918])
    expect(modelJsonText(model)).toContain('"kobe-model-json"')
  })
})
