import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildMlflow3Store, MLFLOW3 } from '../../scripts/mlflow3-store-fixture'
import {
  buildRawProject,
  crosscheckRows,
  RAW_PROJECT_MODEL,
} from '../../scripts/student-project-fixture'
import { openFileStore } from '../mlflow/filestore/reader'
import { buildSite } from '../site-data/build-site'
import { memorySiteSink } from '../site-data/site-file-sink'
import { findModels } from '../views/what-if/find-served-model'
import { loadServedModel } from './load-served-model'

/** scikit-learn 1.2.1's predict_proba[:, 1] of the pickled pipeline on input.csv. */
const expected = (
  JSON.parse(readFileSync(join(RAW_PROJECT_MODEL, '..', 'expected.json'), 'utf8'))
    .logreg_binary_pipeline.probabilities as number[][]
).map((row) => row[1]!)

const { names, rows } = crosscheckRows()
const columns = (features: string[]) =>
  features.map((f) => Float64Array.from(rows, (r) => r[names.indexOf(f)]!))

function store() {
  const project = mkdtempSync(join(tmpdir(), 'mlflow3-'))
  return { project, root: buildMlflow3Store(project) }
}

describe('MLflow 3 logged models (mlruns/<exp>/models/m-<id>/artifacts)', () => {
  test('serve-model --model: models:/m-<id>, and the registered version whose source is models:/m-<id>', async () => {
    const { root } = store()
    for (const spec of [
      `models:/${MLFLOW3.model}`,
      `models:/${MLFLOW3.registered}/1`,
      `models:/${MLFLOW3.registered}@champion`,
      `models:/${MLFLOW3.unregistered}`,
    ]) {
      const loaded = await loadServedModel(spec, { trackingUri: root })
      expect(loaded.model.steps.at(-1)).toBe('LogisticRegression')
      expect(loaded.predictFn).toBe('predict')
      const p = loaded.model.score(columns(loaded.model.features))[1]!
      p.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-9))
    }
    expect(
      (await loadServedModel(`models:/${MLFLOW3.registered}@champion`, { trackingUri: root }))
        .description,
    ).toBe(`kobe-lr version 1 (@champion), models:/${MLFLOW3.model}, run ${MLFLOW3.run}`)
  })

  test('a logged model that is not there is one sentence naming it', async () => {
    const { root } = store()
    await expect(loadServedModel('models:/m-00000000', { trackingUri: root })).rejects.toThrow(
      `no logged model m-00000000 in any experiment of ${root}`,
    )
    rmSync(join(root, MLFLOW3.experiment, 'models', MLFLOW3.model, 'artifacts', 'model.pkl'))
    await expect(
      loadServedModel(`models:/${MLFLOW3.model}`, { trackingUri: root }),
    ).rejects.toThrow(
      `models:/${MLFLOW3.model}/MLmodel names model.pkl, which is not in the folder`,
    )
  })

  test('the what-if list: the registered version first, then the unregistered logged model', async () => {
    const { root } = store()
    const found = await findModels(openFileStore(root))
    expect(found.unloadable).toEqual([])
    expect(
      found.models.map((m) => [m.source.registeredModel, m.source.runId, m.source.artifactPath]),
    ).toEqual([
      [MLFLOW3.registered, MLFLOW3.run, `models/${MLFLOW3.model}/model.pkl`],
      [null, MLFLOW3.secondRun, `models/${MLFLOW3.unregistered}/model.pkl`],
    ])
    expect(found.models[0]!.source.alias).toBe('champion')
    expect(found.models[1]!.source.runName).toBe('logreg-again')
  })

  test('buildSite: MONITOR_COMPARE models:/m-… compares both, and the champion scores the raw files', async () => {
    const { project } = store()
    await buildRawProject(project, 'file')
    rmSync(join(project, 'models'), { recursive: true })
    const site = await buildSite(
      {
        MONITOR_PROJECT: project,
        MONITOR_COMPARE: `models:/${MLFLOW3.model},models:/${MLFLOW3.unregistered}`,
      },
      project,
      memorySiteSink(),
    )
    expect(site.comparison.snapshot.skipped).toEqual([])
    expect(site.comparison.snapshot.models.map((m) => m.name)).toEqual([
      `logged model ${MLFLOW3.model.slice(0, 10)}`,
      `logged model ${MLFLOW3.unregistered.slice(0, 10)}`,
    ])
    const dev = site.comparison.scores[0]!.dev!
    dev.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-9))
    expect(site.report.sources.dev!.reason).toContain(
      'scored with kobe-lr version 1 (Pipeline(SimpleImputer, StandardScaler, LogisticRegression)) because the file had no model output',
    )
  })
})
