import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeBuildReport } from './build-report/build-report'
import type { BuildReport } from './build-report/build-report-types'
import { loadSiteInputs } from './load-site-inputs'
import { buildModelSnapshot } from './model/build-model-snapshot'
import { buildMonitoringSite, type MonitoringSiteResult } from './monitoring/build-monitoring-site'
import type { ModelSnapshot } from './model/model-snapshot-types'
import { buildPredictionsSnapshot } from './predictions/build-predictions-snapshot'
import type { Snapshot } from './predictions/snapshot-types'
import { buildRunsSnapshot, type RunsSnapshotResult } from './runs/build-runs-snapshot'
import {
  resolveDashboardSources,
  type DashboardEnv,
  type DashboardSources,
} from './sources/dashboard-sources'

export interface SiteBuild {
  sources: DashboardSources
  snapshot: Snapshot
  runs: RunsSnapshotResult
  model: ModelSnapshot
  monitoring: MonitoringSiteResult
  report: BuildReport
}

/**
 * Node only. The whole data build: chooses the sources (sources/), loads them once
 * (load-site-inputs), runs the builders of snapshot.json + rows, runs.json, model.json and monitoring.json, and
 * writes build-report.json with every step's problems in one list. Bad inputs are problems in
 * the report; nothing here throws for the user's data.
 */
export async function buildSite(
  env: DashboardEnv,
  cwd: string,
  outDir: string,
): Promise<SiteBuild> {
  const sources = await resolveDashboardSources(env, cwd)
  const inputs = await loadSiteInputs(sources, cwd)
  const snapshot = await buildPredictionsSnapshot({ dev: inputs.dev, prod: inputs.prod, outDir })
  const runs = await buildRunsSnapshot({
    tracking: inputs.tracking,
    outDir,
    cwd,
    stores: sources.choice?.stores,
  })
  const model = await buildModelSnapshot({ ...inputs, outDir })
  const monitoring = await buildMonitoringSite({
    dev: inputs.dev,
    prod: inputs.prod,
    model: model.model,
    outDir,
    cwd,
  })
  const report = await writeBuildReport(outDir, {
    sources,
    snapshot: snapshot.problems,
    runs: runs.snapshot.problems,
    whatIf: model,
    monitoring: monitoring.problems,
    cwd,
  })
  return { sources, snapshot, runs, model, monitoring, report }
}

/**
 * The build report `npm run build` would write, from a build into a temporary folder removed
 * afterwards: which store, run and files the dashboard would show and why, and every problem
 * each step would meet. For `inspect`.
 */
export async function dryRunBuild(env: DashboardEnv, cwd: string): Promise<BuildReport> {
  const outDir = await mkdtemp(join(tmpdir(), 'kobe-dry-build-'))
  try {
    return (await buildSite(env, cwd, outDir)).report
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
