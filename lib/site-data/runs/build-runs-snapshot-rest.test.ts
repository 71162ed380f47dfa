import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFixtureServer, type FixtureServer } from '../../mlflow/rest/fixture-server'
import { openTrackingInput } from '../open-tracking-input'
import { buildRunsSnapshot } from './build-runs-snapshot'
import { displayLocation } from '../../views/runs/display-location'
import { walkArtifacts } from '../../views/runs/walk-artifacts'
import { openTrackingStore } from '../../tracking/open-store'
import { parseRunsSnapshot } from './parse-runs-snapshot'

let server: FixtureServer
const out = mkdtempSync(join(tmpdir(), 'runs-rest-'))
beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(async () => {
  await server.close()
  rmSync(out, { recursive: true, force: true })
})

it('reads an MLflow server through its REST API (canned answers) into the same snapshot', async () => {
  const { snapshot } = await buildRunsSnapshot({
    tracking: await openTrackingInput(server.url, out),
    outDir: out,
    cwd: out,
  })
  expect(snapshot.source).toEqual({ kind: 'rest', location: displayLocation(server.url, out) })
  expect(snapshot.experiments.map((e) => e.id)).toEqual(['1', '0'])
  const lr = snapshot.runs.find((r) => r.id === 'c0ffee00000000000000000000000002')
  expect(lr?.metrics.log_loss).toBe(0.6512)
  expect(lr?.histories.find((h) => h.key === 'log_loss')).toEqual({
    key: 'log_loss',
    points: 3,
    totalPoints: 3,
  })
  const mlmodel = lr?.artifacts.find((a) => a.path === 'model/MLmodel')
  expect(mlmodel?.view).toBe('text')
  expect(readFileSync(join(out, 'artifacts', lr!.id, 'model/MLmodel'), 'utf8')).toBe(
    readFileSync(
      new URL('../../mlflow/fixtures/rest/artifact.MLmodel.txt', import.meta.url),
      'utf8',
    ),
  )
  expect(parseRunsSnapshot(readFileSync(join(out, 'runs.json'), 'utf8')).runs).toHaveLength(
    snapshot.runs.length,
  )
})

it('stops listing artifacts at the entry limit and says so', async () => {
  const store = await openTrackingStore(server.url)
  const errors: string[] = []
  const walk = await walkArtifacts(
    store,
    'c0ffee00000000000000000000000002',
    { maxDepth: 8, maxEntries: 2 },
    (path) => errors.push(path),
  )
  expect(walk.entries.map((e) => e.path)).toHaveLength(2)
  expect(walk.truncated).toBe(true)
})

it('shows store locations without credentials, and paths inside the project relative to it', () => {
  expect(displayLocation('https://alice:s3cret@mlflow.example.com:5000/?token=x#y', '/p')).toBe(
    'https://mlflow.example.com:5000',
  )
  expect(displayLocation('http://127.0.0.1:5000/mlflow', '/p')).toBe('http://127.0.0.1:5000/mlflow')
  expect(displayLocation('/p/mlruns', '/p')).toBe('./mlruns')
  expect(displayLocation('/elsewhere/mlflow.db', '/p')).toBe('/elsewhere/mlflow.db')
})
