/**
 * MLflow 3 logged models (`models:/m-<id>`, artifacts under `<exp>/models/m-<id>/artifacts`) read
 * from each kind of store: a FileStore (`mlruns/`), an `mlflow.db` committed from Windows, and
 * the same FileStore served over the REST API. The scenario is one table; what only one kind has
 * (Windows and mlflow-artifacts: locations, refused paths, the REST wire's pagination and
 * statuses) follows as its own tests.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { buildMlflow3Store, MLFLOW3 } from '../../scripts/mlflow3-store-fixture'
import { serveStoreOverRest, type StoreRestServer } from '../../scripts/rest-server-over-store'
import { LOGGED } from '../../scripts/sqlite-fixture-3x-logged'
import {
  buildRawProject,
  crosscheckRows,
  RAW_PROJECT_MODEL,
} from '../../scripts/student-project-fixture'
import { openFileStore } from '../mlflow/filestore/reader'
import { startFixtureServer, type FixtureServer } from '../mlflow/rest/fixture-server'
import { openRestStore } from '../mlflow/rest/store'
import { loadSqlJs } from '../mlflow/sqlite/engine'
import { openSqliteStore } from '../mlflow/sqlite/store'
import { buildSite } from '../site-data/build-site'
import { memorySiteSink } from '../site-data/site-file-sink'
import type { TrackingStore } from '../tracking/types'
import { findModels } from '../views/what-if/find-served-model'
import { loadModelFromStore, loadServedModel, type LoadedModel } from './load-served-model'

const SQLITE_FIXTURES = fileURLToPath(new URL('../mlflow/fixtures/sqlite/', import.meta.url))

/** scikit-learn 1.2.1's predict_proba[:, 1] of the pickled pipeline on input.csv. */
const expected = (
  JSON.parse(readFileSync(join(RAW_PROJECT_MODEL, '..', 'expected.json'), 'utf8'))
    .logreg_binary_pipeline.probabilities as number[][]
).map((row) => row[1]!)

const { names, rows } = crosscheckRows()

function expectSklearnScores(loaded: LoadedModel, spec: string) {
  expect(loaded.model.steps.at(-1), spec).toBe('LogisticRegression')
  const columns = loaded.model.features.map((f) =>
    Float64Array.from(rows, (r) => r[names.indexOf(f)]!),
  )
  const p = loaded.model.score(columns)[1]!
  expect(p).toHaveLength(expected.length)
  p.forEach((v, i) => expect(Math.abs(v - expected[i]!), `${spec} row ${i}`).toBeLessThan(1e-9))
}

const temp = mkdtempSync(join(tmpdir(), 'mlflow3-logged-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** One store holding the scenario, opened fresh in its own project folder. */
interface Opened {
  project: string
  /** what MLFLOW_TRACKING_URI / --tracking-uri names */
  uri: string
  /** the store's location, as messages name it */
  location: string
  open(): Promise<TrackingStore>
  /** the folder of a logged model's artifacts on disk */
  artifacts(id: string): string
  close(): Promise<void>
}

interface Kind {
  kind: string
  /** the scenario's ids: both stores register `m-8c7b…` as kobe-lr v1 @champion */
  run: string
  secondRun: string
  /** specs beyond the shared four that load the same pickle */
  moreSpecs: string[]
  /** the store path the build report names */
  trackingPath: string
  setUp(name: string): Promise<Opened>
}

function fileStoreProject(name: string) {
  const project = join(temp, name)
  const root = buildMlflow3Store(project)
  const artifacts = (id: string) => join(root, MLFLOW3.experiment, 'models', id, 'artifacts')
  return { project, root, artifacts }
}

const KINDS: Kind[] = [
  {
    kind: 'FileStore (mlruns/)',
    run: MLFLOW3.run,
    secondRun: MLFLOW3.secondRun,
    moreSpecs: [],
    trackingPath: './mlruns',
    async setUp(name) {
      const { project, root, artifacts } = fileStoreProject(name)
      const open = async () => openFileStore(root)
      return { project, uri: root, location: root, open, artifacts, close: async () => {} }
    },
  },
  {
    kind: 'SQLite (mlflow.db from Windows)',
    run: LOGGED.run,
    secondRun: LOGGED.secondRun,
    // artifacts behind `mlflow server --serve-artifacts` (mlartifacts/), deleted yet servable
    moreSpecs: [`models:/${LOGGED.deleted}`],
    trackingPath: './mlflow.db',
    async setUp(name) {
      const project = join(temp, name)
      cpSync(join(SQLITE_FIXTURES, 'mlflow-3x-logged-models'), project, { recursive: true })
      const db = join(project, 'mlflow.db')
      const opened = new Set<{ close(): void }>()
      return {
        project,
        uri: `sqlite:///${db}`,
        location: db,
        async open() {
          const store = await openSqliteStore(db)
          opened.add(store)
          return store
        },
        artifacts: (id) => join(project, 'mlruns', '1', 'models', id, 'artifacts'),
        close: async () => opened.forEach((s) => s.close()),
      }
    },
  },
  {
    kind: 'REST server over the FileStore',
    run: MLFLOW3.run,
    secondRun: MLFLOW3.secondRun,
    moreSpecs: [],
    trackingPath: '',
    async setUp(name) {
      const { project, root, artifacts } = fileStoreProject(name)
      const server: StoreRestServer = await serveStoreOverRest(openFileStore(root))
      const open = async () => openRestStore(server.url)
      return {
        project,
        uri: server.url,
        location: server.url,
        open,
        artifacts,
        close: server.close,
      }
    },
  },
]

describe.each(KINDS)('MLflow 3 logged models: $kind', (k) => {
  let opened: Opened | null = null
  const setUp = async (name: string) => (opened = await k.setUp(`${k.kind.split(' ')[0]}-${name}`))
  afterEach(async () => {
    await opened?.close()
    opened = null
  })

  test('serve-model --model: models:/m-<id>, and the registered version whose source is models:/m-<id>', async () => {
    const { uri } = await setUp('serve')
    for (const spec of [
      `models:/${MLFLOW3.model}`,
      `models:/${MLFLOW3.registered}/1`,
      `models:/${MLFLOW3.registered}@champion`,
      `models:/${MLFLOW3.unregistered}`,
      ...k.moreSpecs,
    ]) {
      const loaded = await loadServedModel(spec, { trackingUri: uri })
      expect(loaded.predictFn, spec).toBe('predict')
      expectSklearnScores(loaded, spec)
    }
    const champion = await loadServedModel(`models:/${MLFLOW3.registered}@champion`, {
      trackingUri: uri,
    })
    expect(champion.description).toBe(
      `kobe-lr version 1 (@champion), models:/${MLFLOW3.model}, run ${k.run}`,
    )
  })

  test('a logged model that is not there, or lacks its pickle, is one sentence naming it', async () => {
    const { uri, location, artifacts } = await setUp('missing')
    await expect(loadServedModel('models:/m-00000000', { trackingUri: uri })).rejects.toThrow(
      `no logged model m-00000000 in any experiment of ${location}`,
    )
    rmSync(join(artifacts(MLFLOW3.model), 'model.pkl'))
    await expect(loadServedModel(`models:/${MLFLOW3.model}`, { trackingUri: uri })).rejects.toThrow(
      `models:/${MLFLOW3.model}/MLmodel names model.pkl, which is not in the folder`,
    )
  })

  test('the what-if list: the registered version first, then the unregistered logged model', async () => {
    const found = await findModels(await (await setUp('what-if')).open())
    expect(found.unloadable).toEqual([])
    // the SQLite store also holds a deleted and a FAILED logged model: both left out
    expect(
      found.models.map((m) => [m.source.registeredModel, m.source.runId, m.source.artifactPath]),
    ).toEqual([
      [MLFLOW3.registered, k.run, `models/${MLFLOW3.model}/model.pkl`],
      [null, k.secondRun, `models/${MLFLOW3.unregistered}/model.pkl`],
    ])
    expect(found.models[0]!.source.alias).toBe('champion')
    expect(found.models[1]!.source.runName).toBe('logreg-again')
  })

  test('buildSite: MONITOR_COMPARE models:/m-… compares both, and the champion scores the raw files', async () => {
    const { project, uri } = await setUp('site')
    await buildRawProject(project, 'file')
    rmSync(join(project, 'models'), { recursive: true })
    const env: Record<string, string> = {
      MONITOR_PROJECT: project,
      MONITOR_COMPARE: `models:/${MLFLOW3.model},models:/${MLFLOW3.unregistered}`,
    }
    if (k.trackingPath === '') env.MLFLOW_TRACKING_URI = uri
    const site = await buildSite(env, project, memorySiteSink())
    expect(site.report.sources.tracking?.path).toBe(k.trackingPath || uri)
    expect(site.comparison.snapshot.skipped).toEqual([])
    expect(site.comparison.snapshot.models.map((m) => m.name)).toEqual([
      `logged model ${MLFLOW3.model.slice(0, 10)}`,
      `logged model ${MLFLOW3.unregistered.slice(0, 10)}`,
    ])
    const dev = site.comparison.scores[0]!.dev!
    expect(dev).toHaveLength(expected.length)
    dev.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-9))
    expect(site.report.sources.dev!.reason).toContain(
      'scored with kobe-lr version 1 (Pipeline(SimpleImputer, StandardScaler, LogisticRegression)) because the file had no model output',
    )
  })
})

describe('MLflow 3 logged models in an mlflow.db only', () => {
  const sqlite = KINDS[1]!
  let opened: Opened | null = null
  afterEach(async () => {
    await opened?.close()
    opened = null
  })

  test('a FAILED model, a pickle that is a symlink out, an artifact_location outside: one sentence each', async () => {
    const { uri, location: db, open, artifacts } = (opened = await sqlite.setUp('sqlite-refused'))
    await expect(loadServedModel(`models:/${LOGGED.failed}`, { trackingUri: uri })).rejects.toThrow(
      `models:/${LOGGED.failed} holds no MLmodel, model.json or model.pkl`,
    )
    // the FAILED model logged no artifacts: the store says where it looked
    const store = await open()
    await expect(store.readLoggedModelArtifact!(LOGGED.failed, 'MLmodel')).rejects.toThrow(
      `no artifact folder found for run "${LOGGED.failed}" (artifact_uri "file:///C:/Users/aluno/kobe/mlruns/1/models/${LOGGED.failed}/artifacts")`,
    )
    expect(store.problems().map((p) => p.path)).toEqual([`${db}#logged_models/${LOGGED.failed}`])
    // a pickle that is a symlink leaving the project is not read
    const outside = mkdtempSync(join(tmpdir(), 'sqlite-logged-outside-'))
    try {
      const pickle = join(artifacts(LOGGED.registered), 'model.pkl')
      cpSync(pickle, join(outside, 'model.pkl'))
      rmSync(pickle)
      symlinkSync(join(outside, 'model.pkl'), pickle)
      const linked = await open()
      await expect(linked.readLoggedModelArtifact!(LOGGED.registered, 'model.pkl')).rejects.toThrow(
        `artifact refused: it leads to ${join(outside, 'model.pkl')}, outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
      )
      await expect(linked.readLoggedModelArtifact!(LOGGED.registered, '../../x')).rejects.toThrow(
        'invalid artifact path "../../x"',
      )
      // an artifact_location naming a real folder outside the project, with no copy inside it
      const SQL = await loadSqlJs()
      const copy = new SQL.Database(readFileSync(db))
      copy.run('UPDATE logged_models SET artifact_location = ? WHERE model_id = ?', [
        `file://${outside}`,
        LOGGED.relative,
      ])
      writeFileSync(db, copy.export())
      copy.close()
      rmSync(artifacts(LOGGED.relative), { recursive: true })
      const moved = await open()
      await expect(moved.readLoggedModelArtifact!(LOGGED.relative, 'model.pkl')).rejects.toThrow(
        `refused (real path ${outside}): it is outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
      )
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  test("a version whose models:/m-<id> the database lacks is read from its run's model folder", async () => {
    // mlflow-3x: logged_models is empty, version 10's source is models:/m-0…10, its run is LR
    const db = join(SQLITE_FIXTURES, 'mlflow-3x', 'mlflow.db')
    const store = await openSqliteStore(db)
    expect(await store.listLoggedModels!('1')).toEqual([])
    store.close()
    await expect(
      loadServedModel('models:/kobe-shot-classifier/10', { trackingUri: `sqlite:///${db}` }),
    ).rejects.toThrow(
      'c0ffee00000000000000000000000002/model/model.json: field "format" must be "kobe-model-json", got missing',
    )
  })

  test('older databases: no logged_models table, no logged models and no error', async () => {
    const db = join(SQLITE_FIXTURES, 'mlflow-1.x-registry', 'mlflow.db')
    const store = await openSqliteStore(db)
    expect(store.listLoggedModels).toBeUndefined()
    await expect(
      loadServedModel(`models:/${LOGGED.registered}`, { trackingUri: `sqlite:///${db}` }),
    ).rejects.toThrow(
      `models:/${LOGGED.registered} is an MLflow 3 logged model, which the sqlite store`,
    )
    expect(store.problems()).toEqual([])
    store.close()
  })
})

/**
 * The REST wire as an MLflow server writes it, from canned answers
 * (lib/mlflow/fixtures/rest/routes.json): `POST /api/2.0/mlflow/logged-models/search` over two
 * pages, proto3 statuses, and the ajax-only `GET /ajax-api/2.0/mlflow/logged-models/<id>/artifacts/files`.
 */
describe('MLflow 3 logged models over REST: the wire', () => {
  const MODEL = 'm-8c7b6a5f4e3d4c2b9a1f0e9d8c7b6a5f'
  const FAILED = 'm-3b4c5d6e7f8a49b0c1d2e3f4a5b6c7d8'
  const LR = 'c0ffee00000000000000000000000002'
  let server: FixtureServer
  beforeAll(async () => {
    server = await startFixtureServer()
  })
  afterAll(() => server.close())

  test('logged-models/search over two pages: ids, runs and statuses', async () => {
    const store = openRestStore(server.url)
    const models = await store.listLoggedModels!('1')
    const model = { experimentId: '1', name: 'model', sourceRunId: LR, lifecycle: 'active' }
    expect(models).toEqual([
      { ...model, id: MODEL, status: 'READY', creationTime: 1733000405000 },
      { ...model, id: FAILED, status: 'FAILED', creationTime: 1733000407000 },
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
    expectSklearnScores(await loadModelFromStore(`models:/${MODEL}`, store), MODEL)
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
