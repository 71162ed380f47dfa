import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildRawProject, RAW_PROJECT_MODEL } from '../../scripts/student-project-fixture'
import { buildSite } from './build-site'
import { loadSiteInputs } from './load-site-inputs'
import { scoreMissingOutput } from './score-missing-output'
import { memorySiteSink } from './site-file-sink'
import { resolveDashboardSources } from './sources/dashboard-sources'

/** scikit-learn 1.2.1's predict_proba of the fixture model on input.csv (make_model_fixtures.py). */
const expected = JSON.parse(
  readFileSync(join(RAW_PROJECT_MODEL, '..', 'expected.json'), 'utf8'),
).logreg_binary_pipeline.probabilities.map((row: number[]) => row[1]!) as number[]

const SCORED =
  'scored with ./models/model.pkl (Pipeline, SimpleImputer, StandardScaler, LogisticRegression) because the file had no model output'

async function project(where: 'file' | 'run') {
  const folder = mkdtempSync(join(tmpdir(), `raw-project-${where}-`))
  const runId = await buildRawProject(folder, where)
  return { folder, runId }
}

describe('a dev or prod file without model output is scored with the project model', () => {
  test('a model.pkl beside raw datasets: P(made) equals scikit-learn predict_proba', async () => {
    const { folder } = await project('file')
    const sources = await resolveDashboardSources({ MONITOR_PROJECT: '.' }, folder)
    const loaded = await loadSiteInputs(sources, folder)
    expect(loaded.dev?.status === 'read' && loaded.dev.predictions.data.probability).toBeNull()
    const scored = await scoreMissingOutput(loaded, sources, [], folder)
    expect(scored.problems).toEqual([])
    for (const side of ['dev', 'prod'] as const) {
      const input = scored.inputs[side]
      if (input?.status !== 'read') throw new Error(`${side} not read`)
      const p = Array.from(input.predictions.data.probability!)
      expect(p).toHaveLength(40)
      p.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-9))
      expect(input.predictions.report.probabilityConvention).toBe('positive_class')
      expect(input.predictions.report.detected).toContain(`P(made) ${SCORED}`)
      expect(input.predictions.report.missing.join(' ')).not.toMatch(/no prediction columns/)
      expect(scored.sources.why[side]!.reason).toBe(
        `no ${side === 'dev' ? 'dev file with model output exists: a dataset without it' : 'file with model output exists: the prod dataset without it'}; ${SCORED}`,
      )
    }
  })

  test('buildSite: the overview sources and build-report say so, and metrics come from the scores', async () => {
    const { folder } = await project('file')
    const sink = memorySiteSink()
    const site = await buildSite({ MONITOR_PROJECT: folder }, folder, sink)
    expect(site.report.sources.dev!.reason).toMatch(
      new RegExp(`; ${SCORED.replace(/[()]/g, '\\$&')}$`),
    )
    expect(site.report.sources.prod!.reason).toContain(SCORED)
    expect(site.report.sources.notes.some((n) => n.endsWith(SCORED))).toBe(true)
    const dev = site.snapshot.datasets.dev!
    // scikit-learn: roc_auc_score, log_loss of y = (k % 3 == 0) and the predict_proba above
    expect(dev.metricsRows).toBe(40)
    expect(dev.metrics!.roc_auc).toBeCloseTo(0.489010989010989, 12)
    expect(dev.metrics!.log_loss).toBeCloseTo(1.1253051313062223, 9)
    const report = JSON.parse(new TextDecoder().decode(sink.files.get('data/build-report.json')))
    expect(report.sources.prod.reason).toContain(SCORED)
  })

  test('a run that logged the model with mlflow.sklearn.log_model scores them too', async () => {
    const { folder, runId } = await project('run')
    const site = await buildSite({ MONITOR_PROJECT: folder }, folder, memorySiteSink())
    const by = `scored with run logreg (${runId.slice(0, 8)}) (Pipeline(SimpleImputer, StandardScaler, LogisticRegression)) because the file had no model output`
    expect(site.report.sources.prod!.reason).toContain(by)
    expect(site.snapshot.datasets.prod!.metrics!.roc_auc).toBeCloseTo(0.489010989010989, 12)
  })

  test('a model that cannot score the rows is one sentence naming the file and class; the file stays unscored', async () => {
    const { folder } = await project('file')
    writeFileSync(join(folder, 'models', 'model.pkl'), new Uint8Array([0x80, 4, 0x95]))
    const site = await buildSite({ MONITOR_PROJECT: folder }, folder, memorySiteSink())
    expect(site.report.sources.dev!.reason).not.toContain('scored with')
    expect(site.snapshot.datasets.dev!.metrics).toBeNull()
    const problem = site.report.problems.find((p) => p.path.endsWith('models/model.pkl'))
    expect(problem?.message).toMatch(/^not used to score: .*model\.pkl/)
    expect(site.snapshot.datasets.prod!.rows).toBe(40)
  })

  test("a PyCaret-style XGBoost pipeline scores them: P(made) equals xgboost's predict_proba (1e-6)", async () => {
    const { folder } = await project('file')
    const fixtures = join(RAW_PROJECT_MODEL, '..', 'xgboost')
    writeFileSync(
      join(folder, 'models', 'model.pkl'),
      readFileSync(join(fixtures, 'xgb_pipeline.joblib.pkl')),
    )
    const want = (
      JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')).xgb_pipeline
        .on_model_fixtures_input as number[][]
    ).map((row) => row[1]!)
    const sources = await resolveDashboardSources({ MONITOR_PROJECT: '.' }, folder)
    const scored = await scoreMissingOutput(
      await loadSiteInputs(sources, folder),
      sources,
      [],
      folder,
    )
    expect(scored.problems).toEqual([])
    const prod = scored.inputs.prod
    if (prod?.status !== 'read') throw new Error('prod not read')
    const p = Array.from(prod.predictions.data.probability!)
    expect(p).toHaveLength(40)
    p.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThan(1e-6))
    expect(prod.predictions.report.detected).toContain(
      'P(made) scored with ./models/model.pkl (Pipeline, SimpleImputer, StandardScaler, XGBClassifier) because the file had no model output',
    )
  })
})
