import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { nonFiniteAsString } from '../../tracking/json-non-finite'
import { openSqliteStore, type SqliteTrackingStore } from './store'

const FIXTURES = fileURLToPath(new URL('../fixtures/sqlite/', import.meta.url))

interface Expected {
  database: string
  schemaRevision: string
  experiments: { active: { id: string }[]; all: { id: string }[] }
  metricHistory: { runId: string; key: string }[]
  artifacts: { runId: string; path: string }[]
  artifactText: { runId: string; path: string }[]
  problems: { path: string; includes: string }[]
  [key: string]: unknown
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value, nonFiniteAsString))

async function loggedModelsOf(store: SqliteTrackingStore, experiments: { id: string }[]) {
  const byExperiment: Record<string, unknown> = {}
  for (const { id } of experiments) byExperiment[id] = await store.listLoggedModels!(id)
  return byExperiment
}

/** Everything the reader says about a fixture, in the shape of its expected.json. */
async function readAll(store: SqliteTrackingStore, expected: Expected) {
  const all = await store.listExperiments({ includeDeleted: true })
  const runs: Record<string, unknown> = {}
  for (const experiment of all) {
    runs[experiment.id] = {
      active: await store.listRuns(experiment.id),
      all: await store.listRuns(experiment.id, { includeDeleted: true }),
    }
  }
  const text = new TextDecoder()
  return {
    description: expected.description,
    database: expected.database,
    schemaRevision: store.schemaRevision,
    experiments: { active: await store.listExperiments(), all },
    runs,
    metricHistory: await Promise.all(
      expected.metricHistory.map(async ({ runId, key }) => ({
        runId,
        key,
        points: await store.getMetricHistory(runId, key),
      })),
    ),
    artifacts: await Promise.all(
      expected.artifacts.map(async ({ runId, path }) => ({
        runId,
        path,
        entries: await store.listArtifacts(runId, path),
      })),
    ),
    artifactText: await Promise.all(
      expected.artifactText.map(async ({ runId, path }) => ({
        runId,
        path,
        text: text.decode(await store.readArtifact(runId, path)),
      })),
    ),
    registeredModels: await store.listRegisteredModels(),
    // only an MLflow 3.x database has logged_models; an older one has no listLoggedModels
    loggedModels: store.listLoggedModels && (await loggedModelsOf(store, all)),
    problems: expected.problems,
  }
}

describe.each(['mlflow-3x', 'mlflow-1.0', 'mlflow-1.x-registry', 'mlflow-3x-logged-models'])(
  'fixture %s',
  (name) => {
    const folder = join(FIXTURES, name)
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected

    test('reads exactly what expected.json holds, and reports the expected problems', async () => {
      const store = await openSqliteStore(join(folder, expected.database))
      try {
        expect(json(await readAll(store, expected))).toEqual(expected)
        const problems = store.problems().map((p) => ({
          path: relative(folder, p.path),
          message: p.message,
        }))
        expect(problems).toHaveLength(expected.problems.length)
        for (const want of expected.problems) {
          expect(problems).toContainEqual({
            path: want.path,
            message: expect.stringContaining(want.includes),
          })
        }
      } finally {
        store.close()
      }
    })
  },
)

describe('MLflow 3.x database', () => {
  const db = join(FIXTURES, 'mlflow-3x', 'mlflow.db')

  test('decodes NaN (is_nan=1) and ±1.7976931348623157e308 back to NaN and ±Infinity', async () => {
    const store = await openSqliteStore(db)
    const runs = await store.listRuns('1')
    const byName = Object.fromEntries(runs.map((run) => [run.name, run]))
    expect(Number.isNaN(byName['logistic-regression']?.metrics.grad_norm?.value)).toBe(true)
    expect(byName['logistic-regression']?.metrics.log_loss).toEqual({
      value: 0.6512,
      timestamp: 1733000330000,
      step: 2,
    })
    expect(byName['decision-tree']?.metrics.log_loss?.value).toBe(Infinity)
    expect(byName['decision-tree']?.metrics.min_margin?.value).toBe(-Infinity)
    store.close()
  })

  test('hides deleted runs and experiments unless asked, names runs from mlflow.runName', async () => {
    const store = await openSqliteStore(db)
    expect((await store.listExperiments()).map((e) => e.name)).toEqual([
      'kobe-shot-selection',
      'Default',
    ])
    expect((await store.listExperiments({ includeDeleted: true })).map((e) => e.id)).toEqual([
      '1',
      '2',
      '0',
    ])
    const active = await store.listRuns('1')
    expect(active.map((run) => run.name)).toEqual([
      'shadow-eval',
      'decision-tree',
      'logistic-regression',
      'model-comparison',
    ])
    expect(await store.listRuns('1', { includeDeleted: true })).toHaveLength(5)
    expect(active.filter((r) => r.tags['mlflow.parentRunId'])).toHaveLength(2)
    store.close()
  })

  test('lists registry versions numerically, hides Deleted_Internal, keeps a version whose run is gone', async () => {
    const store = await openSqliteStore(db)
    const [empty, model] = await store.listRegisteredModels()
    expect(empty?.versions).toEqual([])
    expect(model?.versions.map((v) => v.version)).toEqual([1, 2, 4, 10])
    expect(model?.aliases).toEqual({ champion: 10, challenger: 2 })
    expect(model?.versions.find((v) => v.version === 10)?.aliases).toEqual(['champion'])
    expect(model?.versions.find((v) => v.version === 4)?.runId).toBe(
      'deadbeefdeadbeefdeadbeefdeadbeef',
    )
    store.close()
  })

  test('refuses artifact paths that leave the run folder, names missing artifacts', async () => {
    const store = await openSqliteStore(db)
    const run = 'c0ffee00000000000000000000000002'
    expect(await store.listArtifacts(run, '../..')).toEqual([])
    expect(store.problems().some((p) => p.message.includes('leaves the run'))).toBe(true)
    await expect(store.readArtifact(run, '../../../mlflow.db')).rejects.toThrow(/invalid artifact/)
    await expect(store.readArtifact(run, 'model/absent.pkl')).rejects.toThrow(
      /model\/absent\.pkl: artifact not found/,
    )
    await expect(store.readArtifact('c0ffee00000000000000000000000005', 'x')).rejects.toThrow(
      /s3:\/\/kobe-bucket.*is remote storage\); looked for a copy of c0ffee0+5\/artifacts inside the project/,
    )
    store.close()
  })

  test('an unknown run or metric gives empty lists', async () => {
    const store = await openSqliteStore(db)
    expect(await store.listRuns('999')).toEqual([])
    expect(await store.getMetricHistory('nope', 'f1')).toEqual([])
    expect(await store.listArtifacts('nope')).toEqual([])
    expect(store.problems().at(-1)?.message).toMatch(/no run nope/)
    store.close()
  })
})
