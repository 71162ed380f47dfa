import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openFileStore } from '../mlflow/filestore/reader'
import { openFileStoreWriter } from '../mlflow/filestore/writer'
import { seededRandom } from '../model/seeded-random'
import { logMonitoringRun, MONITOR_RUN, REPORT_ARTIFACT } from './log-monitoring-run'
import { buildMonitoringReport } from './monitoring-report'
import type { MonitorDataset } from './monitor-dataset'

function dataset(name: string, n: number, seed: number): MonitorDataset {
  const random = seededRandom(seed)
  const distance = Float64Array.from({ length: n }, () => Math.floor(random() * 25))
  const probability = distance.map((d) => 0.7 - d / 50)
  const target = probability.map((p) => (random() < p ? 1 : 0))
  return {
    name,
    file: `${name}.parquet`,
    rows: n,
    target,
    probability,
    hasProbability: true,
    columns: { shot_distance: distance },
    context: { season: Array.from({ length: n }, (_, i) => (i < n / 2 ? '2000-01' : '2001-02')) },
  }
}

describe('logging the Monitoramento run', () => {
  const report = buildMonitoringReport(dataset('dev', 400, 1), dataset('prod', 300, 2), {
    draws: 20,
  })

  it('writes metrics, params, tags, chunk history and the report artifact', async () => {
    const root = join(await mkdtemp(join(tmpdir(), 'monitor-log-')), 'mlruns')
    const writer = await openFileStoreWriter(root)
    const experimentId = await writer.getOrCreateExperiment('kobe')
    const json = JSON.stringify(report)
    const runId = await logMonitoringRun({ writer, experimentId }, report, json)
    const reader = openFileStore(root)
    const [run] = await reader.listRuns(experimentId)
    expect(run).toMatchObject({ id: runId, name: MONITOR_RUN, status: 'FINISHED' })
    expect(run!.metrics['drift.shot_distance.statistic']!.value).toBe(report.features[0]!.statistic)
    expect(run!.metrics['dev.f1_score']!.value).toBe(report.metrics.dev.values.f1_score)
    expect(run!.params.reactive_metric).toBe('f1_score')
    expect(run!.tags['monitor.verdict']).toBe(report.verdict.retrain ? 'retrain' : 'healthy')
    const history = await reader.getMetricHistory(runId, 'chunk.season.f1_score')
    expect(history.map((p) => p.step)).toEqual([0, 1])
    const artifact = new TextDecoder().decode(await reader.readArtifact(runId, REPORT_ARTIFACT))
    expect(artifact).toBe(json)
  })

  it('clips a long param and ends the run FAILED, never RUNNING, when MLflow refuses a key', async () => {
    const root = join(await mkdtemp(join(tmpdir(), 'monitor-log-')), 'mlruns')
    const writer = await openFileStoreWriter(root)
    const experimentId = await writer.getOrCreateExperiment('kobe')
    const long = { ...report, params: { ...report.params, drift_methods: 'x'.repeat(7000) } }
    const okId = await logMonitoringRun({ writer, experimentId }, long, '{}')
    const clipped = (await openFileStore(root).listRuns(experimentId))[0]!
    expect(clipped.id).toBe(okId)
    expect(clipped.params.drift_methods).toHaveLength(6000)
    // a feature name longer than MLflow's 250-character keys
    const feature = { ...report.features[0]!, name: 'f'.repeat(300) }
    const refused = { ...report, features: [feature] }
    await expect(logMonitoringRun({ writer, experimentId }, refused, '{}')).rejects.toThrow(/f{20}/)
    const runs = await openFileStore(root).listRuns(experimentId)
    const failed = runs.find((r) => r.id !== okId)!
    expect(failed).toMatchObject({ name: MONITOR_RUN, status: 'FAILED' })
    expect(failed.endTime).not.toBeNull()
    expect(runs.find((r) => r.id === okId)!.status).toBe('FINISHED')
  })
})
