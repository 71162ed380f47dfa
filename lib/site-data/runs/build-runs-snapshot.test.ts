import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openTrackingInput } from '../open-tracking-input'
import { buildRunsSnapshot } from './build-runs-snapshot'
import { parseRunHistory, parseRunsSnapshot } from './parse-runs-snapshot'
import type { RunsSnapshot } from './runs-snapshot-types'

const FIXTURES = fileURLToPath(new URL('../../mlflow/fixtures/', import.meta.url))
const temp = mkdtempSync(join(tmpdir(), 'runs-snapshot-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

let count = 0
function outDir(): string {
  count += 1
  return join(temp, `out-${count}`)
}

/** runs.json as the page reads it (through parseRunsSnapshot). */
function readBack(out: string): RunsSnapshot {
  return parseRunsSnapshot(readFileSync(join(out, 'runs.json'), 'utf8'))
}

const run = (snapshot: RunsSnapshot, name: string) => {
  const found = snapshot.runs.find((r) => r.name === name)
  if (!found) throw new Error(`no run ${name}`)
  return found
}

describe('buildRunsSnapshot on the MLflow 2.x FileStore fixture', async () => {
  const out = outDir()
  const root = join(FIXTURES, 'filestore/mlflow2x/mlruns')
  const { snapshot } = await buildRunsSnapshot({
    tracking: await openTrackingInput(root, temp),
    outDir: out,
    cwd: temp,
  })
  const back = readBack(out)

  it('writes runs.json equal to what it returns', () => {
    expect(back).toEqual(JSON.parse(JSON.stringify(snapshot)))
    expect(back.source?.kind).toBe('filestore')
    expect(back.unavailable).toBeNull()
  })

  it('lists the experiments with their run counts and notes', () => {
    expect(back.experiments.map((e) => [e.id, e.name, e.runCount, e.description])).toEqual([
      ['472839150382746512', 'kobe-2x', 2, 'Kobe shot model, 2.x store'],
      ['0', 'Default', 0, null],
    ])
  })

  it('keeps params, latest metrics, split tags, duration and the parent run', () => {
    const parent = run(back, 'bold-owl-42')
    expect(parent.params).toEqual({ lr: '0.01', 'model/depth': '3' })
    expect(parent.metrics).toEqual({ 'eval/val/acc': 0.65, loss: 0.5, 'train/loss': 0.45 })
    expect(parent.durationMs).toBe(1733000099999 - 1733000012345)
    expect(parent.user).toBe('alice')
    expect(parent.tags).toEqual({})
    expect(Object.keys(parent.systemTags)).toContain('mlflow.runName')
    expect(parent.parentId).toBeNull()
    const child = run(back, 'child-fold-1')
    expect(child.parentId).toBe(parent.id)
    expect(child.metrics).toEqual({ log_loss: 0.6612 })
  })

  it('ships histories only for metrics with more than one point, ordered by step', () => {
    const parent = run(back, 'bold-owl-42')
    expect(parent.histories).toEqual([
      { key: 'eval/val/acc', points: 2, totalPoints: 2 },
      { key: 'loss', points: 3, totalPoints: 3 },
      { key: 'train/loss', points: 3, totalPoints: 3 },
    ])
    expect(run(back, 'child-fold-1').historyFile).toBeNull()
    const file = join(out, 'runs-history', `${parent.id}.json`)
    expect(parent.historyFile).toBe(`data/runs-history/${parent.id}.json`)
    const history = parseRunHistory(readFileSync(file, 'utf8'), file)
    expect(history.metrics.loss).toEqual({
      step: [0, 0, 1],
      timestamp: [1733000013000, 1733000015000, 1733000014000],
      value: [0.9, 0.7, 0.5],
      totalPoints: 3,
      downsampled: false,
    })
  })

  it('copies the MLmodel file and lists the pickle without a view', () => {
    const parent = run(back, 'bold-owl-42')
    expect(parent.artifacts.map((a) => [a.path, a.isDir, a.view])).toEqual([
      ['model', true, null],
      ['model/MLmodel', false, 'text'],
      ['model/model.pkl', false, null],
    ])
    const mlmodel = parent.artifacts[1]!
    expect(mlmodel.file).toBe(`data/artifacts/${parent.id}/model/MLmodel`)
    const source = join(root, '472839150382746512', parent.id, 'artifacts/model/MLmodel')
    expect(readFileSync(join(out, 'artifacts', parent.id, 'model/MLmodel'), 'utf8')).toBe(
      readFileSync(source, 'utf8'),
    )
  })

  it('lists registered models with the source run and reports the missing artifact folder', () => {
    expect(back.models).toHaveLength(1)
    const model = back.models[0]!
    expect(model.name).toBe('kobe-model')
    expect(model.versions.map((v) => [v.version, v.stage, v.runId, v.runInSnapshot])).toEqual([
      [1, 'Production', '3f2a9c6e1b7d4e0a9c8b7a6f5e4d3c2b', true],
    ])
    expect(back.problems.map((p) => p.message).join('\n')).toContain('no artifact folder found')
  })
})

describe('buildRunsSnapshot on the MLflow 3.x SQLite fixture', async () => {
  const out = outDir()
  const db = join(FIXTURES, 'sqlite/mlflow-3x/mlflow.db')
  await buildRunsSnapshot({
    tracking: await openTrackingInput(`sqlite:///${db}`, temp),
    outDir: out,
    cwd: temp,
  })
  const back = readBack(out)

  it('lists active experiments and every run, deleted ones flagged', () => {
    expect(back.source?.kind).toBe('sqlite')
    expect(back.experiments.map((e) => e.name)).toEqual(['kobe-shot-selection', 'Default'])
    expect(back.runs.map((r) => [r.name, r.status, r.lifecycle])).toEqual([
      ['shadow-eval', 'RUNNING', 'active'],
      ['discarded-try', 'KILLED', 'deleted'],
      ['decision-tree', 'FAILED', 'active'],
      ['logistic-regression', 'FINISHED', 'active'],
      ['model-comparison', 'FINISHED', 'active'],
    ])
    expect(run(back, 'shadow-eval').durationMs).toBeNull()
  })

  it('keeps non-finite metric values and nesting', () => {
    const lr = run(back, 'logistic-regression')
    expect(lr.metrics.log_loss).toBe(0.6512)
    expect(lr.metrics.grad_norm).toBeNaN()
    expect(lr.metricSteps.log_loss).toBe(2)
    expect(lr.parentId).toBe('c0ffee00000000000000000000000001')
    const tree = run(back, 'decision-tree')
    expect(tree.metrics.log_loss).toBe(Infinity)
    expect(tree.metrics.min_margin).toBe(-Infinity)
  })

  it('ships the histories with their NaN and Infinity points', () => {
    const lr = run(back, 'logistic-regression')
    const file = join(out, 'runs-history', `${lr.id}.json`)
    const history = parseRunHistory(readFileSync(file, 'utf8'), file)
    expect(history.metrics.log_loss?.value).toEqual([0.69, 0.66, 0.6512])
    expect(history.metrics.grad_norm?.value[0]).toBe(1.5)
    expect(history.metrics.grad_norm?.value[1]).toBeNaN()
    const tree = run(back, 'decision-tree')
    expect(tree.histories.map((h) => h.key)).toEqual(['f1', 'log_loss'])
  })

  it('copies text artifacts from the served-artifacts folder', () => {
    const lr = run(back, 'logistic-regression')
    expect(lr.artifacts.map((a) => [a.path, a.view])).toEqual([
      ['metrics.json', 'text'],
      ['model', null],
      ['model/MLmodel', 'text'],
      ['model/model.json', 'text'],
    ])
    expect(readFileSync(join(out, 'artifacts', lr.id, 'model/MLmodel'), 'utf8')).toBe(
      'artifact_path: model\nflavors:\n  ts_model:\n    format: json\n    model_file: model.json\n' +
        'mlflow_version: 3.7.0\nrun_id: c0ffee00000000000000000000000002\n',
    )
    const tree = run(back, 'decision-tree')
    expect(readFileSync(join(out, 'artifacts', tree.id, 'predictions.csv'), 'utf8')).toBe(
      'shot_id,y_true,y_prob\n1,1,0.61\n2,0,0.35\n',
    )
  })

  it('lists registered models with aliases and flags versions whose run is missing', () => {
    const model = back.models.find((m) => m.name === 'kobe-shot-classifier')!
    expect(model.aliases).toEqual({ champion: 10, challenger: 2 })
    expect(model.versions.map((v) => [v.version, v.stage, v.runInSnapshot, v.aliases])).toEqual([
      [10, 'Staging', true, ['champion']],
      [4, 'None', false, []],
      [2, 'Production', true, ['challenger']],
      [1, 'Archived', true, []],
    ])
    const messages = back.problems.map((p) => p.message).join('\n')
    expect(messages).toContain('points at run deadbeefdeadbeefdeadbeefdeadbeef')
  })
})

describe('buildRunsSnapshot limits and copies', async () => {
  const store = join(temp, 'limits/mlruns')
  cpSync(join(FIXTURES, 'filestore/mlflow1x/mlruns'), store, { recursive: true })
  const runId = '5b9f3a6f0c9d4f3e8a7b6c5d4e3f2a1b'
  const runFolder = join(store, '1', runId)
  const artifacts = join(runFolder, 'artifacts')
  const predictions = fileURLToPath(
    new URL('../../predictions/fixtures/ours.parquet', import.meta.url),
  )
  cpSync(predictions, join(artifacts, 'data/predictions.parquet'))
  writeFileSync(join(artifacts, 'notes.txt'), 'x'.repeat(300))
  writeFileSync(join(artifacts, 'small.txt'), 'a <b>bold</b> note\n')
  writeFileSync(join(artifacts, 'report.html'), '<script>alert(1)</script>')
  writeFileSync(join(artifacts, 'evil.svg'), '<svg onload="alert(1)"></svg>')
  writeFileSync(join(artifacts, 'fake.json'), new Uint8Array([0x7b, 0x00, 0xff]))
  mkdirSync(join(artifacts, 'a/b/c'), { recursive: true })
  writeFileSync(join(artifacts, 'a/b/c/deep.txt'), 'deep')
  const lines = Array.from({ length: 25 }, (_, i) => `${1600000000000 + i} ${i / 10} ${i}`)
  writeFileSync(join(runFolder, 'metrics', 'loss'), `${lines.join('\n')}\n`)

  const out = outDir()
  mkdirSync(join(out, 'artifacts', 'stale-run'), { recursive: true })
  writeFileSync(join(out, 'artifacts', 'stale-run', 'old.txt'), 'old')
  await buildRunsSnapshot({
    tracking: await openTrackingInput(store, temp),
    outDir: out,
    cwd: temp,
    limits: { historyPoints: 10, textBytes: 200, artifactDepth: 1 },
  })
  const back = readBack(out)
  const record = back.runs.find((r) => r.id === runId)!
  const byPath = new Map(record.artifacts.map((a) => [a.path, a]))

  it('says where the store is, relative to the working folder', () => {
    expect(back.source).toEqual({ kind: 'filestore', location: './limits/mlruns' })
  })

  it('removes what an earlier build copied', () => {
    expect(existsSync(join(out, 'artifacts', 'stale-run'))).toBe(false)
  })

  it('downsamples long histories evenly and says so', () => {
    expect(record.histories).toEqual([
      { key: 'accuracy', points: 2, totalPoints: 2 },
      { key: 'loss', points: 10, totalPoints: 25 },
    ])
    const file = join(out, 'runs-history', `${runId}.json`)
    const series = parseRunHistory(readFileSync(file, 'utf8'), file).metrics.loss!
    expect(series.downsampled).toBe(true)
    expect(series.step).toEqual([0, 3, 5, 8, 11, 13, 16, 19, 21, 24])
    expect(series.value[9]).toBe(2.4)
  })

  it('previews parquet files instead of copying them', () => {
    const parquet = byPath.get('data/predictions.parquet')!
    expect(parquet.view).toBe('parquet')
    expect(parquet.file).toBe(`data/artifacts/${runId}/data/predictions.parquet.preview.json`)
    const preview = JSON.parse(
      readFileSync(join(out, 'artifacts', runId, 'data/predictions.parquet.preview.json'), 'utf8'),
    )
    expect(preview.rows.length).toBeLessThanOrEqual(20)
    expect(preview.rows.length).toBe(Math.min(20, preview.numRows))
    expect(preview.columns.length).toBe(preview.rows[0].length)
    expect(existsSync(join(out, 'artifacts', runId, 'data/predictions.parquet'))).toBe(false)
  })

  it('copies images and small text, refuses large and binary, sanitises SVG; HTML gets .txt', () => {
    expect(byPath.get('plots/roc.png')).toMatchObject({ view: 'image', note: null })
    expect(readFileSync(join(out, 'artifacts', runId, 'plots/roc.png'))).toEqual(
      readFileSync(join(artifacts, 'plots/roc.png')),
    )
    expect(byPath.get('small.txt')?.view).toBe('text')
    expect(byPath.get('notes.txt')).toMatchObject({
      view: null,
      note: { code: 'tooLarge', limit: 200 },
    })
    expect(byPath.get('fake.json')).toMatchObject({ view: null, note: { code: 'binary' } })
    expect(byPath.get('evil.svg')).toMatchObject({
      view: 'image',
      note: { code: 'activeContentRemoved', removed: ['onload'] },
    })
    expect(readFileSync(join(out, 'artifacts', runId, 'evil.svg'), 'utf8')).toBe('<svg></svg>')
    expect(byPath.get('report.html')?.file).toBe(`data/artifacts/${runId}/report.html.txt`)
    expect(byPath.get('model.pkl')).toMatchObject({ view: null, note: { code: 'notAllowed' } })
  })

  it('stops walking below the depth limit and says the listing is cut', () => {
    expect(byPath.has('a/b')).toBe(true)
    expect(byPath.has('a/b/c')).toBe(false)
    expect(record.artifactsTruncated).toBe(true)
  })
})

describe('buildRunsSnapshot without a usable store', () => {
  it('explains a missing ./mlruns', async () => {
    const out = outDir()
    const { snapshot } = await buildRunsSnapshot({
      tracking: await openTrackingInput(join(temp, 'mlruns'), temp),
      outDir: out,
      cwd: temp,
    })
    expect(snapshot.unavailable).toBe(
      'no MLflow store at ./mlruns: run `npm run pipeline` or set MLFLOW_TRACKING_URI',
    )
    expect(readBack(out).runs).toEqual([])
  })

  it('explains a missing configuration and an unreadable file', async () => {
    const none = await buildRunsSnapshot({
      tracking: await openTrackingInput(null, temp),
      outDir: outDir(),
      cwd: temp,
    })
    expect(none.snapshot.unavailable).toBe(
      'no MLflow tracking store configured: run `npm run pipeline` or set MLFLOW_TRACKING_URI',
    )
    const text = join(temp, 'notes.txt')
    writeFileSync(text, 'hello, world\n')
    const bad = await buildRunsSnapshot({
      tracking: await openTrackingInput(text, temp),
      outDir: outDir(),
      cwd: temp,
    })
    expect(bad.snapshot.unavailable).toBe(
      'could not read the MLflow store at ./notes.txt: ' +
        `${text}: neither an mlruns folder nor a SQLite database: it looks like CSV text ` +
        '(starts with "hello, world"). Set MLFLOW_TRACKING_URI to a store this build can read',
    )
    const unsupported = await buildRunsSnapshot({
      tracking: await openTrackingInput('postgresql://db/mlflow', temp),
      outDir: outDir(),
      cwd: temp,
    })
    expect(unsupported.snapshot.unavailable).toContain(
      'unsupported tracking URI scheme "postgresql"',
    )
  })
})
