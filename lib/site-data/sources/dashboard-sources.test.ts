import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildStudentProject, RUN } from '../../../scripts/student-project-fixture'
import { resolveDashboardSources } from './dashboard-sources'

const temp = mkdtempSync(join(tmpdir(), 'dashboard-sources-'))
const project = join(temp, 'kobe-project')
beforeAll(() => buildStudentProject(project))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('resolveDashboardSources', () => {
  test('without MONITOR_PROJECT: the pipeline outputs, each with its reason', async () => {
    const sources = await resolveDashboardSources({}, '/w')
    expect(sources.why).toEqual({
      dev: { path: '/w/data/output/predictions_dev.parquet', reason: 'the pipeline output' },
      prod: { path: '/w/data/output/predictions_prod.parquet', reason: 'the pipeline output' },
      tracking: { path: '/w/mlruns', reason: "the pipeline's store" },
    })
    expect(sources.choice).toBeNull()
  })

  test('MONITOR_PROJECT relative to cwd: the rule picks the store, run and files', async () => {
    const sources = await resolveDashboardSources({ MONITOR_PROJECT: 'kobe-project' }, temp)
    expect(sources.tracking).toBe(join(project, 'mlflow.db'))
    expect(sources.choice?.run?.id).toBe(RUN.tree)
    expect(sources.prod).toBe(
      join(project, 'code/mlruns/1', RUN.tree, 'artifacts/producao/predicoes_clf.parquet'),
    )
    expect(sources.notes).toContain(
      `run ${RUN.tree} (model-comparison): the latest finished run of this store that logged prod predictions`,
    )
  })

  test('MLFLOW_TRACKING_URI, MONITOR_RUN_ID and MONITOR_PREDICTIONS_DEV steer the choice', async () => {
    const sources = await resolveDashboardSources(
      {
        MONITOR_PROJECT: project,
        MONITOR_RUN_ID: RUN.lr,
        MLFLOW_TRACKING_URI: `sqlite:///${join(project, 'mlflow.db')}`,
        MONITOR_PREDICTIONS_DEV: 'data/base_test.parquet',
      },
      project,
    )
    expect(sources.choice?.run?.id).toBe(RUN.lr)
    expect(sources.why.prod?.path).toBe(
      join(project, 'code/mlruns/1', RUN.lr, 'artifacts/previsoes_producao.parquet'),
    )
    expect(sources.why.dev).toEqual({
      path: join(project, 'data/base_test.parquet'),
      reason: 'MONITOR_PREDICTIONS_DEV names it',
    })
    expect(sources.why.tracking?.reason).toBe('MLFLOW_TRACKING_URI names it')
  })
})
