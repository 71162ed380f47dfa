import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { openFileStore } from '../mlflow/filestore/reader'
import type { Run } from '../tracking/types'
import { monitoringMetrics, MONITOR_RUN, REPORT_ARTIFACT } from './log-monitoring-run'
import type { MonitoringReport } from './monitoring-report'
import { runMonitor, type RunMonitorResult } from './run-monitor'

// The pipeline's outputs in this checkout (npm run pipeline; `npm test` runs it when missing).
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DEV = join(ROOT, 'data/output/predictions_dev.parquet')
const PROD = join(ROOT, 'data/output/predictions_prod.parquet')
const MLRUNS = join(ROOT, 'mlruns')
const ready = existsSync(DEV) && existsSync(PROD) && existsSync(MLRUNS)

interface ScipyRow {
  column: string
  method: string
  statistic: number
  drifted: boolean
  alternatives: {
    psi: number
    jensenshannon: number
    ks_statistic: number
    ks_p_value: number
    wasserstein_normed: number
  }
}
const scipy = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'kobe-monitor-drift-expected.json'), 'utf8'),
) as { rows: ScipyRow[]; dataset: { share: number; datasetDrift: boolean } }

const FEATURE_KEYS = [
  'name',
  'method',
  'statistic',
  'threshold',
  'drift',
  'ks',
  'psi',
  'wasserstein_norm',
  'js',
]

describe.skipIf(!ready)('npm run monitor on the Kobe pipeline outputs', () => {
  let result: RunMonitorResult
  let report: MonitoringReport
  let store: string
  let run: Run
  let before: string[]

  beforeAll(async () => {
    // a copy of the store, so the test never adds runs to the checkout's mlruns/
    store = join(await mkdtemp(join(tmpdir(), 'monitor-')), 'mlruns')
    await cp(MLRUNS, store, { recursive: true })
    const experimentDirs = async () =>
      (await readdir(store)).filter((d) => /^\d+$/.test(d) && d !== '0')
    const experiment = (await experimentDirs())[0]!
    before = await readdir(join(store, experiment))
    result = await runMonitor({
      env: {
        MONITOR_PREDICTIONS_DEV: DEV,
        MONITOR_PREDICTIONS_PROD: PROD,
        MLFLOW_TRACKING_URI: store,
      },
      cwd: ROOT,
      draws: 50,
    })
    report = JSON.parse(result.json) as MonitoringReport
    const reader = openFileStore(store)
    const runs = await reader.listRuns(experiment)
    run = runs.find((r) => r.name === MONITOR_RUN)!
  }, 120_000)

  it('has drift numbers equal to SciPy within 1e-6, with the issue’s shape', () => {
    expect(report.features.map((f) => f.name)).toEqual(scipy.rows.map((r) => r.column))
    report.features.forEach((f, k) => {
      const s = scipy.rows[k]!
      expect(Object.keys(f).slice(0, 9)).toEqual(FEATURE_KEYS)
      expect(f.method).toBe(s.method)
      expect(f.drift).toBe(s.drifted)
      expect(Math.abs(f.statistic - s.statistic)).toBeLessThan(1e-6)
      expect(Math.abs(f.psi - s.alternatives.psi)).toBeLessThan(1e-6)
      expect(Math.abs(f.js - s.alternatives.jensenshannon)).toBeLessThan(1e-6)
      expect(Math.abs(f.ks.statistic! - s.alternatives.ks_statistic)).toBeLessThan(1e-6)
      expect(Math.abs(f.ks.p_value! - s.alternatives.ks_p_value)).toBeLessThan(1e-6)
      expect(Math.abs(f.wasserstein_norm! - s.alternatives.wasserstein_normed)).toBeLessThan(1e-6)
    })
    expect(report.dataset_drift.share).toBeCloseTo(scipy.dataset.share, 12)
    expect(report.dataset_drift.drift).toBe(scipy.dataset.datasetDrift)
  })

  it('shows that prod F1 collapsed and raises the reactive and predictive signals', () => {
    expect(report.metrics.dev.rows).toBe(4057)
    expect(report.metrics.prod.rows).toBe(5412)
    expect(report.metrics.dev.values.f1_score).toBeGreaterThan(0.5)
    expect(report.metrics.prod.values.f1_score).toBe(0)
    const reactive = report.signals.find((s) => s.kind === 'reactive' && s.metric === 'f1_score')!
    expect(reactive.triggered).toBe(true)
    expect(reactive.cause).toMatch(
      /^f1_score degraded by 100\.0% from dev \(0\.\d{4}\) to prod \(0\)/,
    )
    expect(report.signals.filter((s) => s.kind === 'predictive' && s.triggered)).toHaveLength(2)
    expect(report.importance.top).toContain('shot_distance')
    expect(report.verdict.retrain).toBe(true)
  })

  it('flags the label-free estimate as untrustworthy because prod shots lie outside dev', () => {
    const validity = report.estimate.validity!
    expect(validity.trustworthy).toBe(false)
    const distance = validity.support.find((s) => s.feature === 'shot_distance')!
    expect(distance.outsideShare).toBeGreaterThan(0.9)
    expect(validity.verdict).toMatch(
      /^The label-free estimate is not to be trusted here: \d+% of prod rows lie outside dev's shot_distance support/,
    )
    const estimated = report.metrics.prod_estimated
    expect('values' in estimated && estimated.values.accuracy).toBeGreaterThan(0)
  })

  it('chunks by season and month, with slices ranked and calibration beside Brier', () => {
    const seasons = report.chunks.filter((c) => c.chunking === 'season')
    const months = report.chunks.filter((c) => c.chunking === 'month')
    expect(seasons.length).toBe(new Set(seasons.map((c) => c.key)).size)
    expect(seasons.length).toBeGreaterThanOrEqual(17)
    expect(months.length).toBeGreaterThan(seasons.length)
    expect(seasons.reduce((s, c) => s + c.rows, 0)).toBe(6426)
    const season = seasons.find((c) => c.realised.values.f1_score !== null)!
    expect(season.alerts).toMatchObject({ metric: 'f1_score', realised: true })
    expect(season.estimated.trustworthy).toBe(false)
    expect(season.alerts!.limit).toBeCloseTo(report.metrics.dev.values.f1_score! * 0.85, 12)
    for (const c of report.chunks) {
      if (c.rows < 30) expect(c.unavailable.drift).toMatch(/fewer than the 30 a chunk needs/)
      else expect(c.features).toHaveLength(6)
    }
    const logLossSlices = report.slices.filter(
      (s) => s.metric === 'log_loss' && s.distance !== null,
    )
    expect(logLossSlices[0]!.distance).toBeGreaterThanOrEqual(logLossSlices[1]!.distance!)
    expect(logLossSlices[0]!.ci![0]).toBeLessThanOrEqual(logLossSlices[0]!.value_metric!)
    // back-court heaves are easy misses (low log loss); pull-up jumpers are where it fails
    expect(logLossSlices[0]).toMatchObject({ value: 'Backcourt', direction: 'better' })
    const worst = logLossSlices.find((s) => s.direction === 'worse')!
    expect(worst.value_metric!).toBeGreaterThan(report.slices_summary[1]!.overall!)
    expect(report.calibration.brier).toBeCloseTo(report.metrics.prod.values.brier_score!, 12)
    expect(report.calibration.ece).toBeGreaterThan(0)
    expect(report.thresholds.dev.f1!.threshold).toBeLessThan(0.5)
    expect(result.json).not.toContain('NaN')
  })

  it('logs a finished Monitoramento run the FileStore reader reads back, beside the old runs', async () => {
    expect(run).toBeDefined()
    expect(run.id).toBe(result.runId)
    expect(run.status).toBe('FINISHED')
    expect(run.tags['monitor.verdict']).toBe('retrain')
    expect(run.tags['monitor.signal.0.cause']).toBe(
      `reactive f1_score: ${report.signals[0]!.cause}`,
    )
    expect(run.params.cbpe_calibrator).toBe('isotonic')
    const metrics = monitoringMetrics(report)
    expect(run.metrics['drift.lat.statistic']!.value).toBe(metrics['drift.lat.statistic'])
    expect(run.metrics['prod.f1_score']!.value).toBe(0)
    const reader = openFileStore(store)
    const bytes = await reader.readArtifact(run.id, REPORT_ARTIFACT)
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(report)
    const history = await reader.getMetricHistory(run.id, 'chunk.season.f1_score')
    expect(history.length).toBeGreaterThan(10)
    const experiment = run.experimentId
    const after = await readdir(join(store, experiment))
    expect(after.filter((d) => !before.includes(d))).toEqual([run.id])
  })
})
