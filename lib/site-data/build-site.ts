import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
export type { SiteBuildProgress, SiteBuildStage } from './site-build-stages'
import { directorySiteSink } from './directory-site-sink'
import { buildReport, writeBuildReport } from './build-report/build-report'
import type { BuildReport } from './build-report/build-report-types'
import { buildComparison, type ComparisonResult } from './comparison/build-comparison'
import { loadSiteInputs } from './load-site-inputs'
import { scoreMissingOutput } from './score-missing-output'
import { buildModelSnapshot } from './model/build-model-snapshot'
import { buildMonitoringSite, type MonitoringSiteResult } from './monitoring/build-monitoring-site'
import type { ModelSnapshot } from './model/model-snapshot-types'
import { buildPredictionsSnapshot } from './predictions/build-predictions-snapshot'
import type { Snapshot } from './predictions/snapshot-types'
import type { SiteFileSink } from './site-file-sink'
import type { SiteBuildProgress } from './site-build-stages'
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
  comparison: ComparisonResult
  monitoring: MonitoringSiteResult
  report: BuildReport
}

/**
 * Told once the files every view but the monitoring ones read are written (snapshot.json and
 * rows, runs.json and histories, model.json, comparison.json), before monitoring.json is
 * computed, with the build report so far (every problem but monitoring's): a project opened in
 * the page shows its dashboard then. The build waits for it.
 */
export type DashboardWritten = (dashboard: {
  report: BuildReport
  snapshot: Snapshot
  runs: RunsSnapshotResult
}) => void | Promise<void>

/**
 * The whole data build: chooses the sources (sources/), loads them once (load-site-inputs),
 * scores a dev or prod file without model output with the user's model (score-missing-output),
 * runs the builders of snapshot.json + rows, runs.json, model.json, comparison.json and
 * monitoring.json, and writes build-report.json with every step's problems in one list, into
 * `output`: a folder (the build) or a sink (a project opened in the page). Bad inputs are
 * problems in the report; nothing here throws for the user's data.
 */
export async function buildSite(
  env: DashboardEnv,
  cwd: string,
  output: string | SiteFileSink,
  progress: SiteBuildProgress = () => {},
  onDashboard?: DashboardWritten,
): Promise<SiteBuild> {
  const sink = typeof output === 'string' ? directorySiteSink(output) : output
  progress('reading')
  const chosen = await resolveDashboardSources(env, cwd)
  const loaded = await loadSiteInputs(chosen, cwd, (file) => progress('columns', file))
  progress('models')
  // the what-if list first: its models also score a dev or prod file without model output
  const model = await buildModelSnapshot({ ...loaded, outDir: null, sink })
  const scored = await scoreMissingOutput(loaded, chosen, model.models, cwd)
  const { inputs } = scored
  const sources = { ...scored.sources, problems: [...chosen.problems, ...scored.problems] }
  const comparison = await buildComparison({
    ...inputs,
    compare: env.MONITOR_COMPARE,
    whatIfModels: model.models,
    cwd,
    outDir: null,
    sink,
  })
  progress('statistics')
  const snapshot = await buildPredictionsSnapshot({ dev: inputs.dev, prod: inputs.prod, sink })
  progress('runs')
  const runs = await buildRunsSnapshot({
    tracking: inputs.tracking,
    sink,
    cwd,
    stores: sources.choice?.stores,
  })
  const reportInputs = {
    sources,
    snapshot: snapshot.problems,
    runs: runs.snapshot.problems,
    whatIf: model,
    comparison: comparison.problems,
    cwd,
  }
  // the report without monitoring's problems is not written: the sink gets the final one
  if (onDashboard) await onDashboard({ report: buildReport(reportInputs), snapshot, runs })
  progress('monitoring')
  const monitoring = await buildMonitoringSite({
    dev: inputs.dev,
    prod: inputs.prod,
    model: model.model,
    outDir: null,
    sink,
    cwd,
  })
  const report = await writeBuildReport(sink, { ...reportInputs, monitoring: monitoring.problems })
  return { sources, snapshot, runs, model, comparison, monitoring, report }
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
