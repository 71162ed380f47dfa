import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { LOGGED } from '../../scripts/sqlite-fixture-3x-logged'
import {
  buildRawProject,
  crosscheckRows,
  RAW_PROJECT_MODEL,
} from '../../scripts/student-project-fixture'
import { loadSqlJs } from '../mlflow/sqlite/engine'
import { openSqliteStore } from '../mlflow/sqlite/store'
import { buildSite } from '../site-data/build-site'
import { memorySiteSink } from '../site-data/site-file-sink'
import { findModels } from '../views/what-if/find-served-model'
import { loadServedModel } from './load-served-model'

const FIXTURES = fileURLToPath(new URL('../mlflow/fixtures/sqlite/', import.meta.url))

/** scikit-learn 1.2.1's predict_proba[:, 1] of the pickled pipeline on input.csv. */
const expected = (
  JSON.parse(readFileSync(join(RAW_PROJECT_MODEL, '..', 'expected.json'), 'utf8'))
    .logreg_binary_pipeline.probabilities as number[][]
).map((row) => row[1]!)

const { names, rows } = crosscheckRows()
const columns = (features: string[]) =>
  features.map((f) => Float64Array.from(rows, (r) => r[names.indexOf(f)]!))

const temp = mkdtempSync(join(tmpdir(), 'sqlite-logged-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** A copy of the fixture (mlflow.db committed from Windows, models under mlruns/ and mlartifacts/). */
function project(name: string): { folder: string; db: string } {
  const folder = join(temp, name)
  cpSync(join(FIXTURES, 'mlflow-3x-logged-models'), folder, { recursive: true })
  return { folder, db: join(folder, 'mlflow.db') }
}

const modelFolder = (root: string, id: string) =>
  join(root, 'mlruns', '1', 'models', id, 'artifacts')

describe('MLflow 3 logged models in an mlflow.db (logged_models)', () => {
  test('serve-model --model: models:/m-<id> (Windows, relative and mlflow-artifacts: locations) and the registered version', async () => {
    const { db } = project('serve')
    for (const spec of [
      `models:/${LOGGED.registered}`,
      `models:/${LOGGED.name}/1`,
      `models:/${LOGGED.name}@champion`,
      `models:/${LOGGED.relative}`,
      `models:/${LOGGED.deleted}`,
    ]) {
      const loaded = await loadServedModel(spec, { trackingUri: `sqlite:///${db}` })
      expect(loaded.model.steps.at(-1), spec).toBe('LogisticRegression')
      expect(loaded.predictFn).toBe('predict')
      const p = loaded.model.score(columns(loaded.model.features))[1]!
      expect(p).toHaveLength(expected.length)
      p.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-9))
    }
    const champion = await loadServedModel(`models:/${LOGGED.name}@champion`, {
      trackingUri: `sqlite:///${db}`,
    })
    expect(champion.description).toBe(
      `kobe-lr version 1 (@champion), models:/${LOGGED.registered}, run ${LOGGED.run}`,
    )
  })

  test('the what-if list: the registered version, then the unregistered one; deleted and FAILED left out', async () => {
    const { db } = project('what-if')
    const store = await openSqliteStore(db)
    const found = await findModels(store)
    expect(found.unloadable).toEqual([])
    expect(
      found.models.map((m) => [m.source.registeredModel, m.source.runId, m.source.artifactPath]),
    ).toEqual([
      [LOGGED.name, LOGGED.run, `models/${LOGGED.registered}/model.pkl`],
      [null, LOGGED.secondRun, `models/${LOGGED.relative}/model.pkl`],
    ])
    expect(found.models[0]!.source.alias).toBe('champion')
    expect(found.models[1]!.source.runName).toBe('logreg-again')
    store.close()
  })

  test('what is not there, or outside the project, is one sentence', async () => {
    const { folder, db } = project('refused')
    const uri = `sqlite:///${db}`
    await expect(loadServedModel('models:/m-00000000', { trackingUri: uri })).rejects.toThrow(
      `no logged model m-00000000 in any experiment of ${db}`,
    )
    await expect(loadServedModel(`models:/${LOGGED.failed}`, { trackingUri: uri })).rejects.toThrow(
      `models:/${LOGGED.failed} holds no MLmodel, model.json or model.pkl`,
    )
    // the FAILED model logged no artifacts: the store says where it looked
    const store = await openSqliteStore(db)
    await expect(store.readLoggedModelArtifact!(LOGGED.failed, 'MLmodel')).rejects.toThrow(
      `no artifact folder found for run "${LOGGED.failed}" (artifact_uri "file:///C:/Users/aluno/kobe/mlruns/1/models/${LOGGED.failed}/artifacts")`,
    )
    expect(store.problems().map((p) => p.path)).toEqual([`${db}#logged_models/${LOGGED.failed}`])
    store.close()
    // a pickle that is a symlink leaving the project is not read
    const outside = mkdtempSync(join(tmpdir(), 'sqlite-logged-outside-'))
    try {
      const pickle = join(modelFolder(folder, LOGGED.registered), 'model.pkl')
      cpSync(pickle, join(outside, 'model.pkl'))
      rmSync(pickle)
      symlinkSync(join(outside, 'model.pkl'), pickle)
      const store = await openSqliteStore(db)
      await expect(store.readLoggedModelArtifact!(LOGGED.registered, 'model.pkl')).rejects.toThrow(
        `artifact refused: it leads to ${join(outside, 'model.pkl')}, outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
      )
      await expect(store.readLoggedModelArtifact!(LOGGED.registered, '../../x')).rejects.toThrow(
        'invalid artifact path "../../x"',
      )
      store.close()
      // an artifact_location naming a real folder outside the project, with no copy inside it
      const SQL = await loadSqlJs()
      const copy = new SQL.Database(readFileSync(db))
      copy.run('UPDATE logged_models SET artifact_location = ? WHERE model_id = ?', [
        `file://${outside}`,
        LOGGED.relative,
      ])
      writeFileSync(db, copy.export())
      copy.close()
      rmSync(modelFolder(folder, LOGGED.relative), { recursive: true })
      const moved = await openSqliteStore(db)
      await expect(moved.readLoggedModelArtifact!(LOGGED.relative, 'model.pkl')).rejects.toThrow(
        `refused (real path ${outside}): it is outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
      )
      moved.close()
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  test("a version whose models:/m-<id> the database lacks is read from its run's model folder", async () => {
    // mlflow-3x: logged_models is empty, version 10's source is models:/m-0…10, its run is LR
    const db = join(FIXTURES, 'mlflow-3x', 'mlflow.db')
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
    const store = await openSqliteStore(join(FIXTURES, 'mlflow-1.x-registry', 'mlflow.db'))
    expect(store.listLoggedModels).toBeUndefined()
    await expect(
      loadServedModel(`models:/${LOGGED.registered}`, {
        trackingUri: `sqlite:///${join(FIXTURES, 'mlflow-1.x-registry', 'mlflow.db')}`,
      }),
    ).rejects.toThrow(
      `models:/${LOGGED.registered} is an MLflow 3 logged model, which the sqlite store`,
    )
    expect(store.problems()).toEqual([])
    store.close()
  })

  test('buildSite on the project: MONITOR_COMPARE models:/m-… compares both, the champion scores the raw files', async () => {
    const { folder } = project('site')
    await buildRawProject(folder, 'file')
    rmSync(join(folder, 'models'), { recursive: true })
    const site = await buildSite(
      {
        MONITOR_PROJECT: folder,
        MONITOR_COMPARE: `models:/${LOGGED.registered},models:/${LOGGED.relative}`,
      },
      folder,
      memorySiteSink(),
    )
    expect(site.report.sources.tracking?.path).toBe('./mlflow.db')
    expect(site.comparison.snapshot.skipped).toEqual([])
    expect(site.comparison.snapshot.models.map((m) => m.name)).toEqual([
      `logged model ${LOGGED.registered.slice(0, 10)}`,
      `logged model ${LOGGED.relative.slice(0, 10)}`,
    ])
    const dev = site.comparison.scores[0]!.dev!
    dev.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-9))
    expect(site.report.sources.dev!.reason).toContain(
      'scored with kobe-lr version 1 (Pipeline(SimpleImputer, StandardScaler, LogisticRegression)) because the file had no model output',
    )
  })
})
