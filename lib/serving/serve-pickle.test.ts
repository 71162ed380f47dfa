import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openFileStoreWriter } from '../mlflow/filestore/writer'
import { readParquetFile } from '../parquet/read-parquet-file'
import { loadServedModel } from './load-served-model'
import { createScoringServer, PredictFnError, type PredictFn } from './scoring-server'
import { sklearnMlmodel } from '../mlflow/fixtures/sklearn-mlmodel'

// scikit-learn 1.2.1 fixtures of the model reader, with their expected outputs beside them
const FIXTURES = join(__dirname, '..', 'model-reader', 'fixtures')
/**
 * The real student models in shared/fixtures/peer-models beside the repository, as the
 * model-reader tests find them; from a git worktree one folder further up.
 */
function peerFolder(): string {
  for (let dir = join(__dirname, '..', '..', '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'fixtures', 'peer-models')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir)
      throw new Error('no shared/fixtures/peer-models beside the repository')
  }
}
const PEER = peerFolder()

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { probabilities?: number[][]; predictions?: number[]; classes?: number[] }
>
const csvText = readFileSync(join(FIXTURES, 'input.csv'), 'utf8')
const [headerLine, ...lines] = csvText.trim().split('\n')
const header = headerLine!.split(',')
/** input.csv's 40 rows; empty cells (the imputer's job) are null, as pandas' NaN goes to JSON */
const rows = lines.map((l) => l.split(',').map((c) => (c === '' ? null : Number(c))))

const servers: Server[] = []
afterAll(() => servers.forEach((s) => s.close()))

async function serve(path: string, predictFn?: PredictFn): Promise<string> {
  const loaded = await loadServedModel(path)
  const server = createScoringServer(loaded.model, { predictFn: predictFn ?? loaded.predictFn! })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const post = async (url: string, body: string, type = 'application/json') => {
  const res = await fetch(`${url}/invocations`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body,
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

/** The same rows in each payload format MLflow's scoring server reads. */
function payloads(names: string[], data: (number | null)[][]): Record<string, [string, string]> {
  const records = data.map((r) => Object.fromEntries(names.map((n, j) => [n, r[j]])))
  return {
    dataframe_split: [
      JSON.stringify({ dataframe_split: { columns: names, data } }),
      'application/json',
    ],
    dataframe_records: [JSON.stringify({ dataframe_records: records }), 'application/json'],
    instances: [JSON.stringify({ instances: data }), 'application/json'],
    inputs: [JSON.stringify({ inputs: records, params: {} }), 'application/json'],
    'inputs (columns)': [
      JSON.stringify({
        inputs: Object.fromEntries(names.map((n, j) => [n, data.map((r) => r[j])])),
      }),
      'application/json',
    ],
    'text/csv': [
      [names.join(','), ...data.map((r) => r.map((v) => (v === null ? '' : v)).join(','))].join(
        '\n',
      ),
      'text/csv',
    ],
  }
}

const argmax = (row: number[]) => row.indexOf(Math.max(...row))

describe('serving the committed scikit-learn fixture pickles', () => {
  const binary = expected.logreg_binary_pipeline!
  it('Pipeline(SimpleImputer, StandardScaler, LogisticRegression): labels and probabilities in every format', async () => {
    const file = join(FIXTURES, 'logreg_binary_pipeline.p4.pkl')
    const labelUrl = await serve(file)
    const probaUrl = await serve(file, 'predict_proba')
    const labels = binary.probabilities!.map((p) => binary.classes![argmax(p)])
    expect(new Set(labels)).toEqual(new Set([0, 1]))
    for (const [format, [body, type]] of Object.entries(payloads(header, rows))) {
      const answer = await post(labelUrl, body, type)
      expect([format, answer.status]).toEqual([format, 200])
      expect(answer.json.predictions).toEqual(labels)
      const proba = (await post(probaUrl, body, type)).json.predictions as number[][]
      expect(proba).toHaveLength(40)
      proba.forEach((row, i) =>
        row.forEach((p, k) =>
          expect(Math.abs(p - binary.probabilities![i]![k]!)).toBeLessThan(1e-9),
        ),
      )
    }
  })

  it('a three-class LogisticRegression answers its classes and three probabilities per row', async () => {
    const want = expected.logreg_multinomial_pipeline!
    const file = join(FIXTURES, 'logreg_multinomial_pipeline.p5.pkl')
    const [body] = payloads(header, rows).dataframe_split!
    const labels = (await post(await serve(file), body)).json.predictions
    expect(labels).toEqual(want.probabilities!.map((p) => want.classes![argmax(p)]))
    expect(new Set(labels as number[]).size).toBe(3)
    const proba = (await post(await serve(file, 'predict_proba'), body)).json.predictions
    ;(proba as number[][]).forEach((row, i) => {
      expect(row).toHaveLength(3)
      row.forEach((p, k) => expect(Math.abs(p - want.probabilities![i]![k]!)).toBeLessThan(1e-9))
    })
  })

  it('a Ridge regressor answers its values; predict_proba is refused before serving', async () => {
    const file = join(FIXTURES, 'ridge.cloudpickle.pkl')
    const url = await serve(file)
    for (const [body, type] of Object.values(payloads(header, rows))) {
      const values = (await post(url, body, type)).json.predictions as number[]
      values.forEach((v, i) =>
        expect(Math.abs(v - expected.ridge!.predictions![i]!)).toBeLessThan(1e-9),
      )
    }
    const loaded = await loadServedModel(file)
    expect(() => createScoringServer(loaded.model, { predictFn: 'predict_proba' })).toThrow(
      PredictFnError,
    )
  })

  it('matches lon to lng, names a missing column, and refuses a missing value the model cannot impute', async () => {
    const url = await serve(join(FIXTURES, 'logreg_binary_pipeline.p2.pkl'))
    const lon = header.map((h) => (h === 'lng' ? 'lon' : h))
    const [body] = payloads(lon, rows.slice(0, 3)).dataframe_records!
    expect((await post(url, body)).json.predictions).toEqual(
      binary.probabilities!.slice(0, 3).map((p) => argmax(p)),
    )
    const noLat = rows
      .slice(0, 2)
      .map((r) => Object.fromEntries(header.slice(1).map((h, j) => [h, r[j + 1]])))
    const missing = await post(url, JSON.stringify({ dataframe_records: noLat }))
    expect(missing.status).toBe(400)
    expect(missing.json.error_code).toBe('BAD_REQUEST')
    expect(missing.json.message).toBe(
      'Failed to predict data: dataframe_records row 0 feature "lat" is missing, not a finite number.',
    )
    const csv = await post(url, 'lng,period\n-118.2,1', 'text/csv')
    expect([csv.status, csv.json.message]).toEqual([
      400,
      'Failed to predict data: the CSV header lacks feature(s) "lat", "minutes_remaining", "playoffs", "shot_distance".',
    ])
    const peer = await serve(join(PEER, 'logistic_model.pkl'))
    const nan = await post(peer, JSON.stringify({ instances: [[34, -118.2, null, 1, 0, 10]] }))
    expect([nan.status, nan.json.message]).toEqual([
      400,
      'Failed to predict data: row 0 has a missing (null) feature and the model (LogisticRegression) has no imputer for it.',
    ])
  })
})

describe('serving an XGBoost pickle (xgboost 1.7.4 fixtures)', () => {
  it("XGBClassifier alone answers xgboost's labels and probabilities, missing values included", async () => {
    const dir = join(FIXTURES, 'xgboost')
    const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).xgb_binary as {
      probabilities: number[][]
      labels: number[]
    }
    const [head, ...body] = readFileSync(join(dir, 'input.csv'), 'utf8').trim().split('\n')
    const data = body.map((l) => l.split(',').map((c) => (c === '' ? null : Number(c))))
    expect(data.some((r) => r.includes(null))).toBe(true)
    const file = join(dir, 'xgb_binary.joblib.pkl')
    const labelUrl = await serve(file)
    const probaUrl = await serve(file, 'predict_proba')
    for (const [format, [text, type]] of Object.entries(payloads(head!.split(','), data))) {
      const answer = await post(labelUrl, text, type)
      expect([format, answer.json.predictions]).toEqual([format, want.labels])
      const proba = (await post(probaUrl, text, type)).json.predictions as number[][]
      proba.forEach((row, i) =>
        row.forEach((p, k) => expect(Math.abs(p - want.probabilities[i]![k]!)).toBeLessThan(1e-6)),
      )
    }
  })
})

describe('serving a real student model (peer logistic_model.pkl)', () => {
  it('answers the prediction_label and prediction_proba the student logged, on all 5,412 prod rows', async () => {
    const table = await readParquetFile(join(PEER, 'predictions_prod.parquet'))
    const names = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']
    const data = Array.from({ length: table.numRows }, (_, i) =>
      names.map((n) => Number((table.data[n] as ArrayLike<unknown>)[i])),
    )
    const labels = Array.from(table.data.prediction_label as ArrayLike<unknown>, Number)
    const proba = Array.from(table.data.prediction_proba as ArrayLike<unknown>, Number)
    const file = join(PEER, 'logistic_model.pkl')
    const labelUrl = await serve(file)
    const probaUrl = await serve(file, 'predict_proba')
    for (const [format, [body, type]] of Object.entries(payloads(names, data))) {
      const answer = await post(labelUrl, body, type)
      expect([format, (answer.json.predictions as number[]).length]).toEqual([format, 5412])
      expect(answer.json.predictions).toEqual(labels)
      const rows = (await post(probaUrl, body, type)).json.predictions as number[][]
      let worst = 0
      rows.forEach((r, i) => (worst = Math.max(worst, Math.abs(r[1]! - proba[i]!))))
      expect(worst).toBeLessThan(1e-9)
    }
  })
})

describe('npm run serve-model on an MLflow model folder', () => {
  it('follows the MLmodel python_function.predict_fn, and --predict-fn overrides it', async () => {
    // an MLflow 2.x sklearn model folder, as mlflow.sklearn.log_model(pyfunc_predict_fn=…) writes it
    const folder = mkdtempSync(join(tmpdir(), 'serve-mlmodel-'))
    copyFileSync(
      join(FIXTURES, 'logreg_binary_pipeline.cloudpickle.pkl'),
      join(folder, 'model.pkl'),
    )
    writeFileSync(
      join(folder, 'MLmodel'),
      [
        'artifact_path: model',
        'flavors:',
        '  python_function:',
        '    env:',
        '      conda: conda.yaml',
        '      virtualenv: python_env.yaml',
        '    loader_module: mlflow.sklearn',
        '    model_path: model.pkl',
        '    predict_fn: predict_proba',
        '    python_version: 3.11.2',
        '  sklearn:',
        '    code: null',
        '    pickled_model: model.pkl',
        '    serialization_format: cloudpickle',
        '    sklearn_version: 1.2.1',
        'mlflow_version: 2.16.2',
        "utc_time_created: '2026-12-04 10:00:00.000000'",
        '',
      ].join('\n'),
    )
    const [body] = payloads(header, rows.slice(0, 5)).inputs!
    const fromMlmodel = await viaCli(['--model', folder], body)
    expect(fromMlmodel.line).toMatch(/^Serving .*model\.pkl \(predict_proba\) at http/)
    ;(fromMlmodel.predictions as number[][]).forEach((row, i) =>
      row.forEach((p, k) =>
        expect(Math.abs(p - binary().probabilities![i]![k]!)).toBeLessThan(1e-9),
      ),
    )
    const overridden = await viaCli(['--model', folder, '--predict-fn', 'predict'], body)
    expect(overridden.predictions).toEqual(binary().probabilities!.slice(0, 5).map(argmax))
  }, 60_000)
})

const binary = () => expected.logreg_binary_pipeline!

/** Starts scripts/serve-model.ts on a free port, posts one body, stops it. */
async function viaCli(args: string[], body: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve-model.ts', '--port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = ''
      let err = ''
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString()
        if (out.includes('\n')) resolve(out.trim())
      })
      child.stderr.on('data', (c: Buffer) => (err += c.toString()))
      child.on('exit', (code) => reject(new Error(`serve-model exited ${code}: ${err}`)))
    })
    const url = /at (http:\/\/\S+)\/invocations/.exec(line)![1]!
    return { line, predictions: (await post(url, body)).json.predictions }
  } finally {
    child.kill()
  }
}

describe('a pickle logged to a FileStore run and registered', () => {
  it('loads by run id, models:/name/version and models:/name@alias, answering its MLmodel predict_fn', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'serve-store-')), 'mlruns')
    const writer = await openFileStoreWriter(root)
    const run = await writer.startRun(await writer.getOrCreateExperiment('peer'), {
      runName: 'student model',
    })
    await run.logArtifactContent('model/model.pkl', readFileSync(join(PEER, 'logistic_model.pkl')))
    await run.logArtifactContent(
      'model/MLmodel',
      sklearnMlmodel({ runId: run.runId, predictFn: 'predict_proba' }),
    )
    await run.end()
    const version = await writer.registerModelVersion('student', run.runId, 'model')
    await writer.setModelAlias('student', 'champion', version)
    const row = [33.8063, -118.2, 5, 1, 0, 24].map((v) => Float64Array.of(v))
    const want = (await loadServedModel(join(PEER, 'logistic_model.pkl'))).model.score(row)[1]![0]
    for (const spec of [run.runId, 'models:/student/1', 'models:/student@champion']) {
      const loaded = await loadServedModel(spec, { trackingUri: root })
      expect(loaded.predictFn).toBe('predict_proba')
      expect(loaded.model.classes).toEqual([0, 1])
      expect(loaded.model.score(row)[1]![0]).toBe(want)
    }
    expect(
      (await loadServedModel('models:/student@champion', { trackingUri: root })).description,
    ).toBe(`student version 1 (@champion), run ${run.runId}`)
  })
})
