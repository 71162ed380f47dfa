import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { discoverStores } from './discover-stores'
import { writeExperiment, writeRun } from './mlruns-test-tree'

const SQLITE = fileURLToPath(new URL('../mlflow/fixtures/sqlite/', import.meta.url))

describe('discoverStores', () => {
  test('finds the SQLite fixtures with their counts and reports the odd files', async () => {
    const found = await discoverStores(SQLITE)
    expect(found.stores.map((s) => ({ ...s, path: relative(SQLITE, s.path) }))).toEqual([
      {
        kind: 'sqlite',
        path: 'mlflow-1.0/mlruns.db',
        experiments: 2,
        runs: 2,
        registeredModels: 0,
      },
      {
        kind: 'sqlite',
        path: 'mlflow-1.x-registry/mlflow.db',
        experiments: 2,
        runs: 1,
        registeredModels: 1,
      },
      {
        kind: 'sqlite',
        path: 'mlflow-3x-logged-models/mlflow.db',
        experiments: 2,
        runs: 2,
        registeredModels: 1,
      },
      { kind: 'sqlite', path: 'mlflow-3x/mlflow.db', experiments: 2, runs: 4, registeredModels: 2 },
    ])
    expect(found.predictions).toEqual([])
    const problems = found.problems.map((p) => `${relative(SQLITE, p.path)}: ${p.message}`).sort()
    expect(problems).toEqual([
      expect.stringMatching(
        /^mlflow-3x\/mlflow\.db#model_versions\/kobe-shot-classifier\/4: .*not in this database/,
      ),
      expect.stringMatching(
        /^odd\/empty\.db: SQLite database without MLflow tracking tables .*no tables/,
      ),
      expect.stringMatching(/^odd\/inventory\.sqlite: .*its tables are: items, orders/),
      'odd/mlruns.db: a folder named like a database: not an MLflow store',
      'odd/notes.db: named like a database but not a SQLite file: not an MLflow store',
      'odd/zero-bytes/mlflow.db: empty file (0 bytes) named like a database: not an MLflow store',
    ])
  })

  test('finds FileStore roots and SQLite files of any name at any depth, skips node_modules and .trash', async () => {
    const project = mkdtempSync(join(tmpdir(), 'discover-'))
    const mlruns = join(project, 'training', 'mlruns')
    writeExperiment(mlruns, '0', 'Default')
    writeExperiment(mlruns, '7', 'kobe')
    writeRun(mlruns, '7', 'a'.repeat(32), 'first')
    writeRun(mlruns, '7', 'b'.repeat(32), 'second')
    writeExperiment(join(mlruns, '.trash'), '9', 'gone', 'deleted')
    // a 3.x LoggedModel folder has experiment_id/name/artifact_location too: not a store
    mkdirSync(join(mlruns, '7', 'models', 'm-1'), { recursive: true })
    writeFileSync(
      join(mlruns, '7', 'models', 'm-1', 'meta.yaml'),
      "experiment_id: '7'\nmodel_id: m-1\nname: model\nartifact_location: x\nlifecycle_stage: active\n",
    )
    mkdirSync(join(project, 'ops', 'state'), { recursive: true })
    copyFileSync(join(SQLITE, 'mlflow-3x', 'mlflow.db'), join(project, 'ops', 'state', 'tracking'))
    mkdirSync(join(project, 'node_modules', 'pkg'), { recursive: true })
    copyFileSync(
      join(SQLITE, 'mlflow-3x', 'mlflow.db'),
      join(project, 'node_modules', 'pkg', 'mlflow.db'),
    )
    mkdirSync(join(project, 'data', 'out'), { recursive: true })
    writeFileSync(join(project, 'data', 'predictions.parquet'), 'not really parquet')
    writeFileSync(join(mlruns, '7', 'a'.repeat(32), 'scored.parquet'), 'x')

    const found = await discoverStores(project)
    expect(found.stores.map((s) => ({ ...s, path: relative(project, s.path) }))).toEqual([
      { kind: 'sqlite', path: 'ops/state/tracking', experiments: 2, runs: 4, registeredModels: 2 },
      { kind: 'filestore', path: 'training/mlruns', experiments: 2, runs: 2, registeredModels: 0 },
    ])
    expect(found.predictions.map((p) => relative(project, p))).toEqual([
      'data/predictions.parquet',
      `training/mlruns/7/${'a'.repeat(32)}/scored.parquet`,
    ])
  })

  test('a missing folder is a problem, not a crash', async () => {
    const found = await discoverStores('/no/such/folder')
    expect(found).toEqual({
      stores: [],
      predictions: [],
      models: [],
      problems: [{ path: '/no/such/folder', message: 'no such file or folder' }],
    })
  })
})
