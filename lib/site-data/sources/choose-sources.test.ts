import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildStudentProject, RUN } from '../../../scripts/student-project-fixture'
import { chooseSources } from './choose-sources'
import { surveyProject, type ProjectSurvey } from './project-survey'

const project = mkdtempSync(join(tmpdir(), 'student-'))
let survey: ProjectSurvey
beforeAll(async () => {
  await buildStudentProject(project)
  survey = await surveyProject(project)
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

const art = (experiment: string, run: string, path: string) =>
  join(project, 'code', 'mlruns', experiment, run, 'artifacts', path)

describe('a student project: SQLite store, artifacts committed from Windows, a stray root mlruns', () => {
  test('lists every store with its counts and every parquet file with side, output and rows', () => {
    expect(
      survey.stores.map((s) => [s.kind, s.path, s.experiments, s.runs, s.finishedRuns]),
    ).toEqual(
      [
        ['sqlite', join(project, 'mlflow.db'), 3, 6, 3],
        ['filestore', join(project, 'mlruns'), 1, 3, 3],
      ].sort((a, b) => (String(a[1]) < String(b[1]) ? -1 : 1)),
    )
    const files = Object.fromEntries(
      survey.files.map((f) => [
        f.file.slice(project.length + 1),
        [f.side, f.hasOutput, f.rows, f.run?.id ?? null],
      ]),
    )
    expect(files).toEqual({
      [`code/mlruns/1/${RUN.tree}/artifacts/producao/predicoes_clf.parquet`]: [
        'prod',
        true,
        30,
        RUN.tree,
      ],
      [`code/mlruns/1/${RUN.lr}/artifacts/previsoes_producao.parquet`]: ['prod', true, 25, RUN.lr],
      [`code/mlruns/1/${RUN.lr}/artifacts/previsoes_teste.parquet`]: ['dev', true, 14, RUN.lr],
      [`code/mlruns/1/${RUN.failed}/artifacts/resultado_prod.parquet`]: [
        'prod',
        true,
        40,
        RUN.failed,
      ],
      [`code/mlruns/2/${RUN.treeDev}/artifacts/teste/predicoes_clf.parquet`]: [
        'dev',
        true,
        18,
        RUN.treeDev,
      ],
      'data/base_test.parquet': ['dev', false, 50, null],
      'data/dataset_kobe_prod.parquet': ['prod', false, 60, null],
    })
  })

  test('picks the SQLite store, the latest finished run with prod predictions and the same model’s dev', () => {
    const choice = chooseSources(survey)
    expect(choice.store?.path).toBe(join(project, 'mlflow.db'))
    expect(choice.store?.reason).toBe(
      `it holds the latest finished run that logged prod predictions (${RUN.tree}, ended 2024-11-30T21:06:40.000Z)`,
    )
    expect(choice.run?.id).toBe(RUN.tree)
    expect(choice.prod).toEqual({
      file: art('1', RUN.tree, 'producao/predicoes_clf.parquet'),
      rows: 30,
      reason: `logged by run ${RUN.tree}`,
    })
    // never data/base_test.parquet (no model output), never the lr run's dev (another model)
    expect(choice.dev).toEqual({
      file: art('2', RUN.treeDev, 'teste/predicoes_clf.parquet'),
      rows: 18,
      reason: `logged by run ${RUN.treeDev}, the latest run of the same model (tree)`,
    })
    expect(choice.stores.map((s) => [s.path.slice(project.length + 1), s.predictionRuns])).toEqual([
      ['mlflow.db', 3],
      ['mlruns', 0],
    ])
    // every candidate pair: finished runs newest first, then the failed run (no pair of raw files)
    expect(
      choice.pairs.map((p) => [p.run?.id ?? null, p.model, p.prod.rows, p.dev?.rows ?? null]),
    ).toEqual([
      [RUN.tree, 'tree', 30, 18],
      [RUN.lr, 'lr', 25, 14],
      [RUN.failed, 'tree', 40, 18],
    ])
  })

  test('MONITOR_RUN_ID picks another run with its own dev; MLFLOW_TRACKING_URI another store', () => {
    const byRun = chooseSources(survey, { runId: RUN.lr })
    expect(byRun.run?.reason).toBe('MONITOR_RUN_ID names it')
    expect(byRun.prod?.rows).toBe(25)
    expect(byRun.dev).toMatchObject({ rows: 14, reason: 'logged by the same run' })

    const stray = chooseSources(survey, { storePath: join(project, 'mlruns') })
    expect(stray.store).toMatchObject({
      path: join(project, 'mlruns'),
      reason: 'MLFLOW_TRACKING_URI names it',
    })
    // its store logged no predictions: the best pair of the project, never the raw datasets
    expect(stray.run?.reason).toBe(
      `the chosen store logged no prod predictions: the latest finished run of ${join(project, 'mlflow.db')} that did`,
    )
    expect(stray.prod?.file).toBe(art('1', RUN.tree, 'producao/predicoes_clf.parquet'))

    expect(chooseSources(survey, { runId: 'nope' }).notes).toEqual([
      'MONITOR_RUN_ID nope: no run with that id in any store found',
    ])
  })
})

describe('projects without stores or without model output', () => {
  const file = (path: string, side: 'dev' | 'prod', hasOutput: boolean, rows: number) => ({
    file: path,
    side,
    hasOutput,
    namedLikePredictions: /pred|previs/.test(path),
    rows,
    run: null,
    date: 1,
  })

  test('no store: the project files with model output, never the raw dataset beside them', () => {
    const choice = chooseSources({
      folder: '/p',
      stores: [],
      problems: [],
      models: [],
      files: [
        file('/p/data/base_test.parquet', 'dev', false, 50),
        file('/p/data/previsoes_teste.parquet', 'dev', true, 14),
        file('/p/data/previsoes_producao.parquet', 'prod', true, 25),
      ],
    })
    expect(choice.store).toBeNull()
    expect(choice.prod).toMatchObject({ file: '/p/data/previsoes_producao.parquet', rows: 25 })
    expect(choice.dev).toEqual({
      file: '/p/data/previsoes_teste.parquet',
      rows: 14,
      reason: 'a project file with model output',
    })
  })

  test('only raw datasets: they are read (drift and counts still work), and the reason says so', () => {
    const choice = chooseSources({
      folder: '/p',
      stores: [],
      problems: [],
      models: [],
      files: [
        file('/p/data/base_test.parquet', 'dev', false, 50),
        file('/p/data/dataset_kobe_prod.parquet', 'prod', false, 60),
      ],
    })
    expect(choice.prod?.reason).toBe(
      'no file with model output exists: the prod dataset without it',
    )
    expect(choice.dev?.reason).toBe('no dev file with model output exists: a dataset without it')
  })
})
