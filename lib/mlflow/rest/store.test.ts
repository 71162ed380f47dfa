/**
 * The REST reader against a loopback server replaying canned MLflow answers
 * (fixtures/rest/routes.json). Real MLflow cannot be installed here (no PyPI), so this checks the
 * reader against MLflow's documented JSON shapes, not against a running MLflow.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { RestStoreError } from './error'
import { startFixtureServer, type FixtureServer } from './fixture-server'
import { openRestStore } from './store'
import { openSqliteStore } from '../sqlite/store'

const LR = 'c0ffee00000000000000000000000002'
const DT = 'c0ffee00000000000000000000000003'
const SQLITE_3X = join(
  fileURLToPath(new URL('../fixtures/sqlite/', import.meta.url)),
  'mlflow-3x',
  'mlflow.db',
)

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(() => server.close())

const requestsTo = (path: string) => server.requests.filter((r) => r.path.endsWith(path))

describe('experiments and runs', () => {
  test('experiments/search over two pages, always with max_results, view_type per option', async () => {
    const store = openRestStore(server.url)
    expect((await store.listExperiments()).map((e) => e.id)).toEqual(['1', '0'])
    const all = await store.listExperiments({ includeDeleted: true })
    expect(all.map((e) => `${e.id}:${e.lifecycle}`)).toEqual(['1:active', '2:deleted', '0:active'])
    expect(all[0]?.tags['mlflow.note.content']).toMatch(/^Logistic regression/)
    expect(all[0]?.creationTime).toBe(1733000100000)
    const bodies = requestsTo('/experiments/search').map((r) => r.body)
    expect(bodies).toEqual([
      { max_results: 1000, view_type: 'ACTIVE_ONLY' },
      { max_results: 1000, view_type: 'ACTIVE_ONLY', page_token: 'eyJvZmZzZXQiOiAxfQ==' },
      { max_results: 1000, view_type: 'ALL' },
      { max_results: 1000, view_type: 'ALL', page_token: 'eyJvZmZzZXQiOiAxfQ==' },
    ])
  })

  test('runs/search follows next_page_token over three pages', async () => {
    const store = openRestStore(server.url)
    const runs = await store.listRuns('1')
    expect(runs.map((r) => r.name)).toEqual([
      'shadow-eval',
      'decision-tree',
      'logistic-regression',
      'model-comparison',
    ])
    expect((await store.listRuns('1', { includeDeleted: true })).map((r) => r.lifecycle)).toEqual([
      'active',
      'deleted',
      'active',
      'active',
      'active',
    ])
    const tokens = requestsTo('/runs/search').map((r) => r.body?.page_token ?? null)
    expect(tokens.slice(0, 3)).toEqual([null, 'eyJvZmZzZXQiOiAyfQ==', 'eyJvZmZzZXQiOiAzfQ=='])
    expect(requestsTo('/runs/search')[0]?.body).toMatchObject({
      experiment_ids: ['1'],
      max_results: 1000,
    })
  })

  test('"NaN", "Infinity" and "-Infinity" become numbers; runs match the SQLite fixture', async () => {
    const rest = await openRestStore(server.url).listRuns('1')
    const byName = Object.fromEntries(rest.map((run) => [run.name, run]))
    expect(Number.isNaN(byName['logistic-regression']?.metrics.grad_norm?.value)).toBe(true)
    expect(byName['decision-tree']?.metrics.log_loss?.value).toBe(Infinity)
    expect(byName['decision-tree']?.metrics.min_margin?.value).toBe(-Infinity)
    expect(byName['shadow-eval']?.endTime).toBeNull()

    const sqlite = await openSqliteStore(SQLITE_3X)
    const pick = ({
      id,
      name,
      status,
      startTime,
      endTime,
      userId,
      params,
      metrics,
    }: (typeof rest)[0]) => ({ id, name, status, startTime, endTime, userId, params, metrics })
    expect(rest.map(pick)).toEqual((await sqlite.listRuns('1')).map(pick))
    sqlite.close()
  })

  test('an experiment with no runs answers {} (MLflow omits empty lists)', async () => {
    expect(await openRestStore(server.url).listRuns('0')).toEqual([])
  })
})

describe('metric history, artifacts, registry', () => {
  test('get-history over two pages, NaN kept', async () => {
    const store = openRestStore(server.url)
    expect(await store.getMetricHistory(LR, 'log_loss')).toEqual([
      { value: 0.69, timestamp: 1733000310000, step: 0 },
      { value: 0.66, timestamp: 1733000320000, step: 1 },
      { value: 0.6512, timestamp: 1733000330000, step: 2 },
    ])
    const grad = await store.getMetricHistory(LR, 'grad_norm')
    expect(grad.map((p) => p.value)).toEqual([1.5, NaN])
    expect(requestsTo('/metrics/get-history')[0]?.query).toEqual({
      run_id: LR,
      metric_key: 'log_loss',
      max_results: '1000',
    })
  })

  test('artifacts/list at the root and in a folder', async () => {
    const store = openRestStore(server.url)
    expect(await store.listArtifacts(LR)).toEqual([
      { path: 'metrics.json', isDir: false, size: 30 },
      { path: 'model', isDir: true, size: null },
    ])
    expect((await store.listArtifacts(LR, 'model')).map((e) => e.path)).toEqual([
      'model/MLmodel',
      'model/model.json',
    ])
  })

  test('downloads through mlflow-artifacts for proxied runs, /get-artifact otherwise', async () => {
    const store = openRestStore(server.url)
    await store.listRuns('1')
    const mlmodel = new TextDecoder().decode(await store.readArtifact(LR, 'model/MLmodel'))
    expect(mlmodel).toContain(`run_id: ${LR}`)
    const fresh = openRestStore(server.url)
    const csv = new TextDecoder().decode(await fresh.readArtifact(DT, 'predictions.csv'))
    expect(csv.split('\n')[1]).toBe('1,1,0.61')
    expect(requestsTo('/runs/get').at(-1)?.query).toEqual({ run_id: DT })
    expect(requestsTo('/get-artifact').at(-1)?.query).toEqual({
      path: 'predictions.csv',
      run_uuid: DT,
    })
  })

  test('registered models and their versions (string "10" sorts after "4")', async () => {
    const models = await openRestStore(server.url).listRegisteredModels()
    expect(models.map((m) => m.name)).toEqual(['empty-model', 'kobe-shot-classifier'])
    const model = models[1]
    expect(model?.versions.map((v) => v.version)).toEqual([1, 2, 4, 10])
    expect(model?.aliases).toEqual({ challenger: 2, champion: 10 })
    expect(model?.versions.map((v) => v.aliases)).toEqual([[], ['challenger'], [], ['champion']])
    expect(model?.versions[3]).toMatchObject({
      stage: 'Staging',
      runId: LR,
      tags: { validated: 'true' },
    })
    expect(requestsTo('/model-versions/search')).toHaveLength(2)
  })
})

describe('failures name the URL', () => {
  test('MLflow error body on HTTP 404', async () => {
    const error = await openRestStore(server.url)
      .listRuns('999')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RestStoreError)
    expect(error).toMatchObject({ status: 404, errorCode: 'RESOURCE_DOES_NOT_EXIST' })
    expect((error as Error).message).toBe(
      `${server.url}/api/2.0/mlflow/runs/search: POST → HTTP 404 RESOURCE_DOES_NOT_EXIST: No Experiment with id=999 exists`,
    )
  })

  test('HTTP 500 INTERNAL_ERROR', async () => {
    await expect(openRestStore(server.url).getMetricHistory(LR, 'locked')).rejects.toThrow(
      /get-history\?run_id=.*metric_key=locked.*: GET → HTTP 500 INTERNAL_ERROR: \(sqlite3\.OperationalError\) database is locked/,
    )
  })

  test('a URL that is not an MLflow server (bare 404 page)', async () => {
    await expect(openRestStore(`${server.url}/not-mlflow`).listExperiments()).rejects.toThrow(
      /not-mlflow\/api\/2\.0\/mlflow\/experiments\/search: POST → HTTP 404 <h1>Not Found<\/h1>/,
    )
  })

  test('connection refused', async () => {
    const closed = await startFixtureServer()
    await closed.close()
    await expect(openRestStore(closed.url).listExperiments()).rejects.toThrow(
      `${closed.url}/api/2.0/mlflow/experiments/search: POST → connection refused (is the MLflow server running?)`,
    )
  })

  test('timeout', async () => {
    const slow = await startFixtureServer({ hang: ['/api/2.0/mlflow/experiments/search'] })
    try {
      await expect(openRestStore(slow.url, { timeoutMs: 200 }).listExperiments()).rejects.toThrow(
        /experiments\/search: POST → no answer within 200 ms/,
      )
    } finally {
      await slow.close()
    }
  })
})
