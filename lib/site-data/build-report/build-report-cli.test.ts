import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { buildStudentProject, RUN } from '../../../scripts/student-project-fixture'
import { parseRunsSnapshot } from '../runs/parse-runs-snapshot'
import type { BuildReport } from './build-report-types'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const temp = mkdtempSync(join(tmpdir(), 'build-report-cli-'))
const project = join(temp, 'kobe-project')
const out = join(temp, 'out')
let stdout = ''
beforeAll(async () => {
  await buildStudentProject(project)
  const env: NodeJS.ProcessEnv = { ...process.env, MONITOR_PROJECT: project }
  delete env.MLFLOW_TRACKING_URI
  delete env.MONITOR_PREDICTIONS_DEV
  delete env.MONITOR_PREDICTIONS_PROD
  delete env.MONITOR_RUN_ID
  ;({ stdout } = await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/build-data.ts', '--out', out],
    { cwd: ROOT, env },
  ))
}, 120_000)
afterAll(() => rmSync(temp, { recursive: true, force: true }))

test('MONITOR_PROJECT on a student project: the SQLite store and the tree run, not the stray mlruns', () => {
  const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as BuildReport
  expect(report.sources.tracking?.path).toBe(join(project, 'mlflow.db'))
  expect(report.sources.run).toMatchObject({ id: RUN.tree, model: 'tree' })
  expect(report.sources.prod?.path).toBe(
    join(project, 'code/mlruns/1', RUN.tree, 'artifacts/producao/predicoes_clf.parquet'),
  )
  expect(report.sources.dev?.path).toBe(
    join(project, 'code/mlruns/2', RUN.treeDev, 'artifacts/teste/predicoes_clf.parquet'),
  )
  expect(report.sources.stores.map((s) => [s.kind, s.runs])).toEqual([
    ['sqlite', 6],
    ['filestore', 3],
  ])
  expect(stdout).toContain('build-data: prod: 30 rows (30 labelled)')
  expect(stdout).toContain('build-data: dev: 18 rows (18 labelled)')

  // the runs page: the chosen store, the other one offered, relocated artifacts said so
  const runs = parseRunsSnapshot(readFileSync(join(out, 'runs.json'), 'utf8'))
  expect(runs.source).toEqual({ kind: 'sqlite', location: join(project, 'mlflow.db') })
  expect(runs.stores?.map((s) => s.path)).toEqual([
    join(project, 'mlflow.db'),
    join(project, 'mlruns'),
  ])
  const lr = runs.runs.find((r) => r.id === RUN.lr)
  expect(lr?.artifactLocation).toEqual({
    folder: join(project, 'code/mlruns/1', RUN.lr, 'artifacts'),
    recorded: `file:///C:/Users/aluno/proj/code/mlruns/1/${RUN.lr}/artifacts`,
    how: 'relocated',
    matched: `code/mlruns/1/${RUN.lr}/artifacts`,
  })
  expect(lr?.artifacts.map((a) => a.path)).toContain('previsoes_teste.parquet')

  // one list: every step's problems, the runs step's included, counted per step
  expect(report.counts.runs).toBe(runs.problems.length)
  expect(report.problems.length).toBe(
    report.counts.sources +
      report.counts.snapshot +
      report.counts.runs +
      report.counts['what-if'] +
      report.counts.comparison,
  )
  // the two newest registered versions are compared; neither has a model the reader loads
  expect(report.problems.filter((p) => p.step === 'comparison').map((p) => p.path)).toEqual([
    'models:/kobe-shot-classifier/10',
    'models:/kobe-shot-classifier/4',
  ])
  expect(report.problems.filter((p) => p.step === 'runs').map((p) => p.message)).toEqual(
    runs.problems.map((p) => p.message),
  )
  // the what-if step reads the store before the runs step (its models score files without output)
  expect(stdout).toMatch(
    /build-data: build-report\.json: 10 problems \(snapshot 0, runs 4, what-if 4, comparison 2, monitoring 0, sources 0\)/,
  )
})
