import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, expect, it } from 'vitest'
import { parseRunsSnapshot } from '../lib/site-data/runs/parse-runs-snapshot'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DB = join(ROOT, 'lib/mlflow/fixtures/sqlite/mlflow-3x/mlflow.db')
const out = mkdtempSync(join(tmpdir(), 'build-data-cli-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

it('scripts/build-data.ts --out reads the SQLite store MLFLOW_TRACKING_URI names', async () => {
  const missing = join(out, 'no-predictions.parquet')
  const { stdout } = await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/build-data.ts', '--out', out],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        MLFLOW_TRACKING_URI: `sqlite:///${DB}`,
        MONITOR_PREDICTIONS_DEV: missing,
        MONITOR_PREDICTIONS_PROD: missing,
      },
    },
  )
  expect(stdout).toContain('build-data: runs: 5 runs in 2 experiments, 2 registered models')
  const snapshot = parseRunsSnapshot(readFileSync(join(out, 'runs.json'), 'utf8'))
  expect(snapshot.source).toEqual({
    kind: 'sqlite',
    location: './lib/mlflow/fixtures/sqlite/mlflow-3x/mlflow.db',
  })
  expect(snapshot.runs.map((r) => r.id).sort()).toEqual([
    'c0ffee00000000000000000000000001',
    'c0ffee00000000000000000000000002',
    'c0ffee00000000000000000000000003',
    'c0ffee00000000000000000000000004',
    'c0ffee00000000000000000000000005',
  ])
  const lr = snapshot.runs.find((r) => r.name === 'logistic-regression')
  expect(lr?.metrics.log_loss).toBe(0.6512)
  expect(lr?.params).toEqual({
    C: '1.0',
    features: 'lat,lon,minutes_remaining,period,playoffs,shot_distance',
    solver: 'lbfgs',
  })
})
