/**
 * MLflow 3 LoggedModels through the REST API, against the loopback server replaying canned
 * answers (lib/mlflow/fixtures/rest/routes.json): `POST /api/2.0/mlflow/logged-models/search`
 * and the ajax-only `GET /ajax-api/2.0/mlflow/logged-models/<id>/artifacts/files`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { crosscheckRows, RAW_PROJECT_MODEL } from '../../scripts/student-project-fixture'
import { startFixtureServer, type FixtureServer } from '../mlflow/rest/fixture-server'
import { openRestStore } from '../mlflow/rest/store'
import { findModels } from '../views/what-if/find-served-model'
import { loadModelFromStore } from './load-served-model'

const MODEL = 'm-8c7b6a5f4e3d4c2b9a1f0e9d8c7b6a5f'
const FAILED = 'm-3b4c5d6e7f8a49b0c1d2e3f4a5b6c7d8'
const LR = 'c0ffee00000000000000000000000002'

/** scikit-learn 1.2.1's predict_proba[:, 1] of the pickled pipeline on input.csv. */
const expected = (
  JSON.parse(readFileSync(join(RAW_PROJECT_MODEL, '..', 'expected.json'), 'utf8'))
    .logreg_binary_pipeline.probabilities as number[][]
).map((row) => row[1]!)
const { names, rows } = crosscheckRows()
const columns = (features: string[]) =>
  features.map((f) => Float64Array.from(rows, (r) => r[names.indexOf(f)]!))

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(() => server.close())

describe('MLflow 3 logged models over REST', () => {
  test('logged-models/search over two pages: ids, runs and statuses', async () => {
    const store = openRestStore(server.url)
    const models = await store.listLoggedModels!('1')
    expect(models).toEqual([
      {
        id: MODEL,
        experimentId: '1',
        name: 'model',
        sourceRunId: LR,
        status: 'READY',
        lifecycle: 'active',
        creationTime: 1733000405000,
      },
      {
        id: FAILED,
        experimentId: '1',
        name: 'model',
        sourceRunId: LR,
        status: 'FAILED',
        lifecycle: 'active',
        creationTime: 1733000407000,
      },
    ])
    const bodies = server.requests
      .filter((r) => r.path === '/api/2.0/mlflow/logged-models/search')
      .map((r) => r.body)
    expect(bodies).toEqual([
      { experiment_ids: ['1'], max_results: 1000 },
      { experiment_ids: ['1'], max_results: 1000, page_token: 'eyJvZmZzZXQiOiAxfQ==' },
    ])
    expect(store.problems()).toEqual([])
  })

  test('serve-model --model models:/m-<id> reads MLmodel and model.pkl from the ajax route and scores like scikit-learn', async () => {
    const store = openRestStore(server.url)
    const loaded = await loadModelFromStore(`models:/${MODEL}`, store)
    expect(loaded.model.steps.at(-1)).toBe('LogisticRegression')
    const p = loaded.model.score(columns(loaded.model.features))[1]!
    expect(p).toHaveLength(expected.length)
    p.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-9))
    const files = server.requests.filter((r) => r.path.endsWith(`${MODEL}/artifacts/files`))
    expect(files.map((r) => [r.path, r.query])).toContainEqual([
      `/ajax-api/2.0/mlflow/logged-models/${MODEL}/artifacts/files`,
      { artifact_file_path: 'model.pkl' },
    ])
    await expect(store.readLoggedModelArtifact!(MODEL, '../x')).rejects.toThrow(
      'invalid artifact path "../x"',
    )
    await expect(store.readLoggedModelArtifact!('../runs', 'MLmodel')).rejects.toThrow(
      '"../runs" is not a logged model id (m-…)',
    )
  })

  test('the what-if list ends with the READY logged model, not the FAILED one', async () => {
    const found = await findModels(openRestStore(server.url))
    const logged = found.models.filter((m) => m.source.artifactPath.startsWith('models/'))
    expect(logged.map((m) => [m.source.runId, m.source.artifactPath])).toEqual([
      [LR, `models/${MODEL}/model.pkl`],
    ])
    expect(found.unloadable.map((u) => u.label)).not.toContain(`logged model ${FAILED}`)
  })

  test('a server before MLflow 3.0 (HTTP 404 on logged-models/search): no logged models, one problem', async () => {
    const store = openRestStore(`${server.url}/not-mlflow`)
    expect(await store.listLoggedModels!('1')).toEqual([])
    expect(store.problems().map((p) => p.message)).toEqual([
      'HTTP 404: the server has no logged-models API (MLflow before 3.0); no logged models read',
    ])
  })
})
