/**
 * End to end: spawns `tsx scripts/inspect.ts … --json` like a user would and checks the numbers
 * it prints against the fixtures (and, for FileStore fixtures owned by the FileStore reader,
 * against that reader called in-process).
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, onTestFinished, test } from 'vitest'
import { openFileStore } from '../lib/mlflow/filestore/reader'
import { startFixtureServer } from '../lib/mlflow/rest/fixture-server'
import type { BuildReport } from '../lib/site-data/build-report/build-report-types'
import { buildStudentProject, RUN } from './student-project-fixture'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const FIXTURES = join(ROOT, 'lib', 'mlflow', 'fixtures')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

interface Report {
  stores: {
    kind: string
    path: string
    experiments: {
      id: string
      name: string
      runs: {
        id: string
        name: string
        status: string
        lifecycle: string
        metrics: Record<string, unknown>
        params: Record<string, string>
        artifacts?: { folder: string; how: string; matched: string | null } | null
      }[]
      loggedModels?: { id: string; name: string; status: string; lifecycle: string }[]
    }[]
    models: {
      name: string
      aliases: Record<string, number>
      versions: { version: number; stage: string; runId: string | null; status: string }[]
    }[]
  }[]
  predictions: { file: string; rows: number; labelledRows: number }[]
  problems: { path: string; message: string }[]
  build: BuildReport | null
}

async function inspect(...args: string[]): Promise<{ report: Report; stdout: string }> {
  const { stdout } = await promisify(execFile)(TSX, ['scripts/inspect.ts', ...args], { cwd: ROOT })
  return {
    report: args.includes('--json') ? (JSON.parse(stdout) as Report) : ({} as Report),
    stdout,
  }
}

describe('npm run inspect -- <folder> --json', () => {
  test('lists every SQLite and FileStore fixture store with real counts', async () => {
    const { report } = await inspect(FIXTURES, '--json')
    const sqlite = report.stores.filter((s) => s.kind === 'sqlite')
    expect(sqlite.map((s) => relative(FIXTURES, s.path))).toEqual([
      'sqlite/mlflow-1.0/mlruns.db',
      'sqlite/mlflow-1.x-registry/mlflow.db',
      'sqlite/mlflow-3x-logged-models/mlflow.db',
      'sqlite/mlflow-3x/mlflow.db',
    ])
    expect(sqlite.map((s) => s.experiments.flatMap((e) => e.runs).length)).toEqual([2, 1, 2, 4])

    const db3 = sqlite[3]
    expect(db3?.experiments.map((e) => [e.id, e.name])).toEqual([
      ['1', 'kobe-shot-selection'],
      ['0', 'Default'],
    ])
    const runs = Object.fromEntries((db3?.experiments[0]?.runs ?? []).map((r) => [r.name, r]))
    expect(runs['logistic-regression']?.metrics).toEqual({
      f1: 0.52,
      grad_norm: 'NaN',
      log_loss: 0.6512,
    })
    expect(runs['decision-tree']?.metrics).toMatchObject({
      log_loss: 'Infinity',
      min_margin: '-Infinity',
    })
    expect(runs['decision-tree']).toMatchObject({
      status: 'FAILED',
      lifecycle: 'active',
      params: { max_depth: '8', criterion: 'gini' },
    })
    expect(db3?.models[1]).toEqual({
      name: 'kobe-shot-classifier',
      aliases: { challenger: 2, champion: 10 },
      versions: [
        {
          version: 1,
          stage: 'Archived',
          runId: 'c0ffee00000000000000000000000002',
          status: 'READY',
        },
        {
          version: 2,
          stage: 'Production',
          runId: 'c0ffee00000000000000000000000003',
          status: 'READY',
        },
        { version: 4, stage: 'None', runId: 'deadbeefdeadbeefdeadbeefdeadbeef', status: 'READY' },
        {
          version: 10,
          stage: 'Staging',
          runId: 'c0ffee00000000000000000000000002',
          status: 'READY',
        },
      ],
    })

    const fileStores = report.stores.filter((s) => s.kind === 'filestore')
    expect(fileStores.length).toBeGreaterThan(0)
    for (const printed of fileStores) {
      const store = openFileStore(printed.path)
      const experiments = await store.listExperiments()
      expect(printed.experiments.map((e) => e.id)).toEqual(experiments.map((e) => e.id))
      for (const experiment of printed.experiments) {
        expect(experiment.runs.length).toBe((await store.listRuns(experiment.id)).length)
      }
      expect(printed.models.length).toBe((await store.listRegisteredModels()).length)
    }

    const problems = report.problems.map((p) => relative(FIXTURES, p.path))
    expect(problems).toEqual(
      expect.arrayContaining([
        'sqlite/odd/mlruns.db',
        'sqlite/odd/empty.db',
        'sqlite/odd/inventory.sqlite',
        'sqlite/odd/notes.db',
        'sqlite/odd/zero-bytes/mlflow.db',
        'sqlite/mlflow-3x/mlflow.db#model_versions/kobe-shot-classifier/4',
      ]),
    )
    expect(report.predictions).toEqual([])
  })

  test('--all adds deleted experiments and runs', async () => {
    const { report } = await inspect(
      join(FIXTURES, 'sqlite', 'mlflow-3x', 'mlflow.db'),
      '--json',
      '--all',
    )
    expect(report.stores).toHaveLength(1)
    const experiments = report.stores[0]?.experiments ?? []
    expect(experiments.map((e) => e.id)).toEqual(['1', '2', '0'])
    expect(
      experiments[0]?.runs.filter((r) => r.lifecycle === 'deleted').map((r) => r.name),
    ).toEqual(['discarded-try'])
  })

  test("an MLflow 3 mlflow.db's logged models: listed per experiment, the deleted one with --all", async () => {
    const db = join(FIXTURES, 'sqlite', 'mlflow-3x-logged-models', 'mlflow.db')
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, 'sqlite', 'mlflow-3x-logged-models', 'expected.json'), 'utf8'),
    ) as { loggedModels: Record<string, { id: string; status: string; lifecycle: string }[]> }
    const shape = (models: { id: string; status: string; lifecycle: string }[] = []) =>
      models
        .map(({ id, status, lifecycle }) => ({ id, status, lifecycle }))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
    const every = shape(expected.loggedModels['1'])
    expect(every).toHaveLength(4)
    const { report } = await inspect(db, '--json')
    const kobe = report.stores[0]?.experiments.find((e) => e.id === '1')
    expect(shape(kobe?.loggedModels)).toEqual(every.filter((m) => m.lifecycle !== 'deleted'))
    const withDeleted = (await inspect(db, '--json', '--all')).report.stores[0]?.experiments
    expect(shape(withDeleted?.find((e) => e.id === '1')?.loggedModels)).toEqual(every)
    const { stdout } = await inspect(db)
    expect(stdout).toContain(
      'experiment 1 "kobe-3x": 2 runs (2 FINISHED); 3 logged models (2 READY, 1 FAILED)',
    )
  })

  test('parquet files get the loader report; bad files and odd folders are problems, not crashes', async () => {
    const project = mkdtempSync(join(tmpdir(), 'inspect-cli-'))
    const predictions = join(ROOT, 'lib', 'predictions', 'fixtures')
    mkdirSync(join(project, 'scored'))
    copyFileSync(join(predictions, 'ours.parquet'), join(project, 'scored', 'ours.parquet'))
    copyFileSync(join(predictions, 'not-parquet.parquet'), join(project, 'broken.parquet'))
    copyFileSync(
      join(FIXTURES, 'sqlite', 'mlflow-1.0', 'mlruns.db'),
      join(project, 'tracking.sqlite'),
    )
    mkdirSync(join(project, 'mlruns.db'))
    const { report } = await inspect(project, '--json')
    expect(report.stores.map((s) => [s.kind, relative(project, s.path)])).toEqual([
      ['sqlite', 'tracking.sqlite'],
    ])
    expect(report.predictions).toHaveLength(1)
    expect(report.predictions[0]).toMatchObject({ rows: 20, labelledRows: 17 })
    expect(report.problems).toEqual(
      expect.arrayContaining([
        {
          path: join(project, 'mlruns.db'),
          message: 'a folder named like a database: not an MLflow store',
        },
        {
          path: join(project, 'broken.parquet'),
          message: expect.stringMatching(/not a parquet file/),
        },
      ]),
    )
  })

  test('without --json: a short summary; a bad URI scheme is a problem', async () => {
    const { stdout } = await inspect(join(FIXTURES, 'sqlite', 'mlflow-3x', 'mlflow.db'))
    expect(stdout).toContain('2 experiments, 4 runs, 2 registered models')
    expect(stdout).toContain(
      'model "kobe-shot-classifier": 1 Archived, 2 Production, 4 None, 10 Staging',
    )
    const { report } = await inspect('postgresql://u@db/mlflow', '--json')
    expect(report.stores).toEqual([])
    expect(report.problems[0]?.message).toMatch(/unsupported tracking URI scheme "postgresql"/)
  })

  test('an http:// URL reads the server through REST (loopback fixture server, not real MLflow)', async () => {
    const server = await startFixtureServer()
    try {
      const { report } = await inspect(server.url, '--json', '--all')
      expect(report.stores).toHaveLength(1)
      const store = report.stores[0]
      expect(store).toMatchObject({ kind: 'rest', path: server.url })
      expect(store?.experiments.map((e) => [e.id, e.runs.length])).toEqual([
        ['1', 5],
        ['2', 0],
        ['0', 0],
      ])
      expect(store?.models.map((m) => m.versions.length)).toEqual([0, 4])
      // the canned server has no answer for experiment 2's runs: a problem, the rest still shown
      expect(report.problems).toEqual([
        {
          path: `${server.url}/api/2.0/mlflow/runs/search`,
          message: 'POST → HTTP 404 <h1>Not Found</h1>',
        },
      ])
    } finally {
      await server.close()
    }
  })

  test('a student project: relocated artifacts, the store, run and files the build would show, its problems', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'inspect-student-'))
    const project = join(temp, 'kobe-project')
    await buildStudentProject(project)
    onTestFinished(() => rmSync(temp, { recursive: true, force: true }))
    const { report } = await inspect(project, '--json')
    const runs = report.stores.find((s) => s.kind === 'sqlite')!.experiments.flatMap((e) => e.runs)
    expect(runs.find((r) => r.id === RUN.lr)?.artifacts).toMatchObject({
      folder: join(project, 'code', 'mlruns', '1', RUN.lr, 'artifacts'),
      how: 'relocated',
      matched: `code/mlruns/1/${RUN.lr}/artifacts`,
    })
    expect(report.build?.sources.tracking?.path).toBe(join(project, 'mlflow.db'))
    expect(report.build?.sources.run?.id).toBe(RUN.tree)
    expect(report.build?.sources.pairs.map((p) => p.run?.id)).toEqual([
      RUN.tree,
      RUN.lr,
      RUN.failed,
    ])
    // the store problem "no run deadbeef…" is the runs step's (the what-if step now reads the store first)
    expect(report.build?.counts).toMatchObject({ snapshot: 0, runs: 4, sources: 0 })
    const { stdout } = await inspect(project)
    expect(stdout).toContain('artifacts: 0 where recorded, 4 relocated, 2 not found')
    expect(stdout).toContain(
      `found in ${relative(ROOT, join(project, 'code', 'mlruns', '1', RUN.lr, 'artifacts'))}`,
    )
    expect(stdout).toMatch(
      /10 problems the build would meet \(snapshot 0, runs 4, what-if 4, comparison 2, monitoring 0, sources 0\)/,
    )
    expect(stdout).toContain(
      'filestore ' + join(project, 'mlruns') + ': 3 runs (3 finished), 0 with prod predictions',
    )
  })
})
