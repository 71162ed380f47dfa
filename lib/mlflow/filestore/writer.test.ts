import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileStore } from './reader'
import { openFileStoreWriter, type FileStoreWriter, type RunHandle } from './writer'
import { parseMlflowYaml } from '../mlflow-yaml-read'

const T0 = 1764600000000
const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'filestore-writer-'))
  temps.push(dir)
  return join(dir, 'mlruns')
}

/** A clock that advances one second per call and a seeded random, for exact expectations. */
function deterministic() {
  let t = T0
  let seed = 42
  return {
    now: () => (t += 1000),
    random: () => (seed = (seed * 16807) % 2147483647) / 2147483647,
    user: 'kobe',
  }
}

/** Every file under a folder with its bytes, to prove later writes leave it untouched. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    out[relative(dir, full)] = readFileSync(full, 'base64')
  }
  return out
}

const model = {
  flavorName: 'kobe_ts_model',
  flavorConfig: { model_file: 'model.json', format: 'kobe-model-json', runtime: 'typescript' },
  files: { 'model.json': '{"weights":[0.5,-1.25]}' },
  signature: {
    inputs: [
      { type: 'double' as const, name: 'shot_distance' },
      { type: 'long' as const, name: 'period', required: false },
    ],
    outputs: [{ type: 'double' as const, name: 'probability' }],
  },
  inputExample: { columns: ['shot_distance', 'period'], data: [[15.5, 3]] },
}

describe('FileStore writer → reader round trip', () => {
  const root = tempRoot()
  let writer: FileStoreWriter
  let experimentId: string
  let run: RunHandle
  let child: RunHandle

  beforeAll(async () => {
    writer = await openFileStoreWriter(root, deterministic())
    experimentId = await writer.getOrCreateExperiment('kobe-shots')
    run = await writer.startRun(experimentId, {
      runName: 'training',
      tags: { stage: 'dev' },
      sourceName: 'scripts/pipeline.ts',
    })
    await run.logParams({ learning_rate: 0.01, max_depth: 3, balanced: true })
    await run.logMetrics({ 'train/loss': 0.69, log_loss: NaN, f1: Infinity }, { step: 0 })
    await run.logMetrics({ 'train/loss': 0.42, log_loss: 0.61, f1: 0.5 }, { step: 1 })
    await run.logArtifactContent('reports/summary.txt', 'ok\n')
    await run.logModel('model', model)
    await run.setTags({ 'mlflow.runName': 'training-final' })
    await run.end()
    child = await writer.startRun(experimentId, { runName: 'fold-1', parentRunId: run.runId })
    await child.end('FAILED')
  })

  it('creates the Default experiment and an 18-digit experiment id, reused by name', async () => {
    expect(experimentId).toMatch(/^[1-9]\d{17}$/)
    expect(await writer.getOrCreateExperiment('kobe-shots')).toBe(experimentId)
    expect(await writer.getOrCreateExperiment('Default')).toBe('0')
    const store = openFileStore(root)
    const experiments = await store.listExperiments()
    expect(experiments).toEqual([
      {
        id: experimentId,
        name: 'kobe-shots',
        artifactLocation: pathToFileURL(join(root, experimentId)).href,
        lifecycle: 'active',
        creationTime: T0 + 2000,
        lastUpdateTime: T0 + 2000,
        tags: {},
      },
      {
        id: '0',
        name: 'Default',
        artifactLocation: pathToFileURL(join(root, '0')).href,
        lifecycle: 'active',
        creationTime: T0 + 1000,
        lastUpdateTime: T0 + 1000,
        tags: {},
      },
    ])
  })

  it('reads back every field of the run', async () => {
    const store = openFileStore(root)
    const runs = await store.listRuns(experimentId)
    expect(runs.map((r) => r.id)).toEqual([child.runId, run.runId])
    const read = runs[1]
    expect(run.runId).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/)
    expect(run.artifactDir).toBe(join(root, experimentId, run.runId, 'artifacts'))
    expect(read).toEqual({
      id: run.runId,
      experimentId,
      name: 'training-final',
      status: 'FINISHED',
      lifecycle: 'active',
      startTime: T0 + 3000,
      endTime: T0 + 7000,
      userId: 'kobe',
      artifactUri: pathToFileURL(run.artifactDir).href,
      params: { balanced: 'true', learning_rate: '0.01', max_depth: '3' },
      tags: {
        'mlflow.log-model.history': expect.any(String),
        'mlflow.runName': 'training-final',
        'mlflow.source.name': 'scripts/pipeline.ts',
        'mlflow.source.type': 'LOCAL',
        'mlflow.user': 'kobe',
        stage: 'dev',
      },
      metrics: {
        f1: { timestamp: T0 + 5000, value: 0.5, step: 1 },
        log_loss: { timestamp: T0 + 5000, value: 0.61, step: 1 },
        'train/loss': { timestamp: T0 + 5000, value: 0.42, step: 1 },
      },
    })
    expect(runs[0]).toMatchObject({
      name: 'fold-1',
      status: 'FAILED',
      tags: { 'mlflow.parentRunId': run.runId },
    })
    expect(await store.getMetricHistory(run.runId, 'train/loss')).toEqual([
      { timestamp: T0 + 4000, value: 0.69, step: 0 },
      { timestamp: T0 + 5000, value: 0.42, step: 1 },
    ])
    const logLoss = await store.getMetricHistory(run.runId, 'log_loss')
    expect(logLoss[0]?.value).toBeNaN()
    expect((await store.getMetricHistory(run.runId, 'f1'))[0]?.value).toBe(Infinity)
    expect(store.problems()).toEqual([])
  })

  it('writes meta.yaml, params, tags and metric lines in MLflow format', () => {
    const folder = join(root, experimentId, run.runId)
    expect(readFileSync(join(folder, 'meta.yaml'), 'utf8')).toBe(
      [
        `artifact_uri: ${pathToFileURL(run.artifactDir).href}`,
        'deleted_time: null',
        `end_time: ${T0 + 7000}`,
        "entry_point_name: ''",
        `experiment_id: '${experimentId}'`,
        'lifecycle_stage: active',
        `run_id: ${run.runId}`,
        'run_name: training-final',
        `run_uuid: ${run.runId}`,
        "source_name: ''",
        'source_type: 4',
        "source_version: ''",
        `start_time: ${T0 + 3000}`,
        'status: 3',
        'tags: []',
        'user_id: kobe',
        '',
      ].join('\n'),
    )
    expect(readFileSync(join(folder, 'params', 'learning_rate'), 'utf8')).toBe('0.01')
    expect(readFileSync(join(folder, 'tags', 'mlflow.source.type'), 'utf8')).toBe('LOCAL')
    expect(readFileSync(join(folder, 'metrics', 'log_loss'), 'utf8')).toBe(
      `${T0 + 4000} nan 0\n${T0 + 5000} 0.61 1\n`,
    )
    expect(readFileSync(join(folder, 'metrics', 'f1'), 'utf8')).toBe(
      `${T0 + 4000} inf 0\n${T0 + 5000} 0.5 1\n`,
    )
    expect(statSync(join(folder, 'metrics', 'train')).isDirectory()).toBe(true)
    expect(readdirSync(folder).sort()).toEqual([
      'artifacts',
      'meta.yaml',
      'metrics',
      'params',
      'tags',
    ])
  })

  it('writes the MLmodel, input example and log-model history', async () => {
    const store = openFileStore(root)
    expect(await store.listArtifacts(run.runId)).toEqual([
      { path: 'model', isDir: true, size: null },
      { path: 'reports', isDir: true, size: null },
    ])
    const names = (await store.listArtifacts(run.runId, 'model')).map((entry) => entry.path)
    expect(names).toEqual([
      'model/MLmodel',
      'model/input_example.json',
      'model/model.json',
      'model/serving_input_example.json',
    ])
    const mlmodelText = new TextDecoder().decode(
      await store.readArtifact(run.runId, 'model/MLmodel'),
    )
    const mlmodel = parseMlflowYaml(mlmodelText, 'MLmodel')
    expect(mlmodel).toEqual({
      artifact_path: 'model',
      flavors: { kobe_ts_model: model.flavorConfig },
      model_uuid: expect.stringMatching(/^[0-9a-f]{32}$/),
      run_id: run.runId,
      saved_input_example_info: {
        artifact_path: 'input_example.json',
        pandas_orient: 'split',
        serving_input_path: 'serving_input_example.json',
        type: 'dataframe',
      },
      signature: {
        inputs:
          '[{"type": "double", "name": "shot_distance", "required": true}, {"type": "long", "name": "period", "required": false}]',
        outputs: '[{"type": "double", "name": "probability", "required": true}]',
        params: null,
      },
      utc_time_created: '2025-12-01 14:40:06.000000',
    })
    const example = await store.readArtifact(run.runId, 'model/input_example.json')
    expect(new TextDecoder().decode(example)).toBe(
      '{"columns": ["shot_distance", "period"], "data": [[15.5, 3]]}',
    )
    const runs = await store.listRuns(experimentId)
    const history = JSON.parse(runs[1]?.tags['mlflow.log-model.history'] ?? '[]')
    expect(history).toEqual([
      {
        run_id: run.runId,
        artifact_path: 'model',
        utc_time_created: '2025-12-01 14:40:06.000000',
        model_uuid: mlmodel.model_uuid,
        flavors: { kobe_ts_model: model.flavorConfig },
      },
    ])
  })

  it('registers model versions with an alias, numbered after existing ones', async () => {
    expect(
      await writer.registerModelVersion('kobe-model', run.runId, 'model', { alias: 'champion' }),
    ).toBe(1)
    expect(
      await writer.registerModelVersion('kobe-model', run.runId, 'model', { description: 'again' }),
    ).toBe(2)
    const store = openFileStore(root)
    const [registered] = await store.listRegisteredModels()
    expect(registered?.aliases).toEqual({ champion: 1 })
    expect(
      registered?.versions.map((v) => [
        v.version,
        v.stage,
        v.runId,
        v.source,
        v.description,
        v.aliases,
      ]),
    ).toEqual([
      [1, 'None', run.runId, `runs:/${run.runId}/model`, null, ['champion']],
      [2, 'None', run.runId, `runs:/${run.runId}/model`, 'again', []],
    ])
    const meta = readFileSync(join(root, 'models', 'kobe-model', 'version-2', 'meta.yaml'), 'utf8')
    expect(meta).toContain(
      `storage_location: ${pathToFileURL(join(run.artifactDir, 'model')).href}\n`,
    )
    expect(meta).toContain('current_stage: None\n')
    expect(meta).toContain('version: 2\n')
    expect(readFileSync(join(root, 'models', 'kobe-model', 'aliases', 'champion'), 'utf8')).toBe(
      '1',
    )
    expect(store.problems()).toEqual([])
  })

  it('moves an alias with setModelAlias and refuses a reserved one', async () => {
    await writer.registerModelVersion('alias-model', run.runId, 'model', { alias: 'champion' })
    expect(
      await writer.registerModelVersion('alias-model', run.runId, 'model', { description: 'b' }),
    ).toBe(2)
    await writer.setModelAlias('alias-model', 'champion', 2)
    expect(readFileSync(join(root, 'models', 'alias-model', 'aliases', 'champion'), 'utf8')).toBe(
      '2',
    )
    await expect(writer.setModelAlias('alias-model', 'latest', 1)).rejects.toThrow('"latest"')
  })

  it('appends new runs on a second writer without touching existing files', async () => {
    const before = filesUnder(join(root, experimentId))
    const again = await openFileStoreWriter(root, { user: 'kobe' })
    expect(await again.getOrCreateExperiment('kobe-shots')).toBe(experimentId)
    const third = await again.startRun(experimentId, { runName: 'second-pipeline-run' })
    await third.logMetrics({ f1: 0.7 })
    await third.end()
    const after = filesUnder(join(root, experimentId))
    for (const [file, content] of Object.entries(before)) expect(after[file]).toBe(content)
    const runs = await openFileStore(root).listRuns(experimentId)
    expect(runs).toHaveLength(3)
    expect(runs[0]?.name).toBe('second-pipeline-run')
  })
})

describe('FileStore writer refusals', () => {
  it('names the key, value or path it refuses', async () => {
    const root = tempRoot()
    const writer = await openFileStoreWriter(root, deterministic())
    const id = await writer.getOrCreateExperiment('checks')
    const run = await writer.startRun(id, { runName: 'r' })
    await expect(run.logMetrics({ 'bad!key': 1 })).rejects.toThrow('Invalid metric name "bad!key"')
    await expect(run.logMetrics({ 'a/../b': 1 })).rejects.toThrow('Invalid metric name "a/../b"')
    await expect(run.logMetrics({ ok: 1 }, { step: 1.5 })).rejects.toThrow(
      'step 1.5 is not an integer',
    )
    await run.logParams({ lr: 0.1 })
    await run.logParams({ lr: '0.1' })
    await expect(run.logParams({ lr: 0.2 })).rejects.toThrow('Param "lr" of run')
    await expect(run.setTags({ 'x y?': 'v' })).rejects.toThrow('Invalid tag name "x y?"')
    await expect(run.logArtifactContent('../escape.txt', 'x')).rejects.toThrow('"../escape.txt"')
    await expect(run.logModel('/abs', model)).rejects.toThrow('"/abs"')
    await expect(writer.startRun('123', { runName: 'x' })).rejects.toThrow(
      'Experiment "123" not found',
    )
    await expect(writer.registerModelVersion('m', run.runId, 'model')).rejects.toThrow(
      'has no artifact "model"',
    )
    await expect(writer.registerModelVersion('a/b', run.runId, 'model')).rejects.toThrow('"a/b"')
    await expect(
      writer.registerModelVersion('m', 'ffffffffffffffffffffffffffffffff', 'model'),
    ).rejects.toThrow('Run "ffffffffffffffffffffffffffffffff" not found')
    const file = join(root, 'local.txt')
    writeFileSync(file, 'data')
    await run.logArtifactFile(file, 'inputs')
    await expect(run.logArtifactFile(file, '../..')).rejects.toThrow('Invalid artifact folder')
    expect(readFileSync(join(run.artifactDir, 'inputs', 'local.txt'), 'utf8')).toBe('data')
    await expect(
      writer.registerModelVersion('m', run.runId, 'inputs', { alias: 'latest' }),
    ).rejects.toThrow('Invalid model alias "latest"')
  })
})
