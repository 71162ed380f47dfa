import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  mlflow10,
  mlflow3x,
  type FixtureSpec,
  type RunSpec,
} from '../../../scripts/sqlite-fixture-specs'
import { fillDatabase } from '../../../scripts/sqlite-fixture-writer'
import { loadSqlJs } from './engine'
import { openSqliteStore } from './store'

const RUNS = 1000
const STEPS = 20

function bigRun(index: number): RunSpec {
  const id = index.toString(16).padStart(32, '0')
  const history: RunSpec['history'] = []
  const latest: RunSpec['latest'] = {}
  for (const key of ['auc', 'f1', 'log_loss', 'brier', 'accuracy']) {
    for (let step = 0; step < STEPS; step++) history.push([key, step / STEPS, 1e12 + step, step])
    latest[key] = [(STEPS - 1) / STEPS, 1e12 + STEPS - 1, STEPS - 1]
  }
  return {
    id,
    experimentId: '1',
    nameColumn: `run-${index}`,
    name: `run-${index}`,
    userColumn: 'kobe',
    userId: 'kobe',
    status: 'FINISHED',
    lifecycle: 'active',
    start: 1e12 + index,
    end: 1e12 + index + 10,
    artifactUri: `mlflow-artifacts:/1/${id}/artifacts`,
    params: Object.fromEntries(['C', 'solver', 'seed', 'depth', 'lr'].map((k) => [k, `${index}`])),
    tags: Object.fromEntries(['mlflow.runName', 'mlflow.user', 'a', 'b', 'c'].map((k) => [k, 'v'])),
    history,
    latest,
  }
}

async function bigDatabase(base: FixtureSpec): Promise<string> {
  const spec: FixtureSpec = {
    ...base,
    experiments: base.experiments.filter((e) => e.id === '0' || e.id === '1'),
    runs: Array.from({ length: RUNS }, (_, i) => bigRun(i)),
    models: [],
  }
  const SQL = await loadSqlJs()
  const db = new SQL.Database()
  fillDatabase(db, spec)
  const path = join(mkdtempSync(join(tmpdir(), 'sqlite-perf-')), spec.dbFile)
  writeFileSync(path, db.export())
  db.close()
  return path
}

describe.each([
  ['3.x (latest_metrics)', mlflow3x],
  ['1.0 (latest computed from 100,000 metric rows)', mlflow10],
])('1,000 runs, schema %s', (_, base) => {
  test('open + list every run with params, tags and latest metrics', async () => {
    const path = await bigDatabase(base)
    const store = await openSqliteStore(path)
    const runs = await store.listRuns('1')
    expect(runs).toHaveLength(RUNS)
    expect(runs[0]?.name).toBe('run-999')
    expect(runs[0]?.params.C).toBe('999')
    expect(Object.keys(runs[0]?.tags ?? {})).toHaveLength(5)
    expect(runs[0]?.metrics.auc).toEqual({ value: 0.95, timestamp: 1e12 + 19, step: 19 })
    store.close()
  })
})
