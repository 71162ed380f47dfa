import { openFileStoreWriter } from '../mlflow/filestore/writer'
import { DEFAULT_EXPERIMENT } from '../pipeline/pipeline-config'
import type { ActiveRuns } from '../pipeline/active-runs'
import type { LoggedModel } from '../serving/read-logged-model'
import { MonitorInputError } from './monitor-input-error'
import { readMonitorDatasets } from './read-monitor-datasets'
import { resolveDashboardSources, type DashboardEnv } from '../site-data/sources/dashboard-sources'
import { openTrackingStore } from '../tracking/open-store'
import { findServedModel } from '../views/what-if/find-served-model'
import { logMonitoringRun } from './log-monitoring-run'
import {
  buildMonitoringReport,
  type MonitoringOptions,
  type MonitoringReport,
} from './monitoring-report'

export { MonitorInputError }

export interface RunMonitorOptions extends MonitoringOptions {
  env: DashboardEnv
  cwd: string
  /** MLflow experiment for the run (default MLFLOW_EXPERIMENT_NAME, then "kobe") */
  experiment?: string
  /** false: compute and print only */
  log?: boolean
  /** progress lines (stderr in the CLI) */
  note?: (line: string) => void
  activeRuns?: ActiveRuns
}

export interface RunMonitorResult {
  report: MonitoringReport
  json: string
  runId: string | null
  /** the FileStore written, or why nothing was logged */
  logged: { root: string; experimentId: string } | { skipped: string }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * `npm run monitor`: reads the same inputs as the dashboard build (lib/site-data/sources/dashboard-sources),
 * finds the served model in the store for feature importance, builds the monitoring report and
 * logs it as a `Monitoramento` run to the MLflow FileStore. A store that is not a FileStore
 * (SQLite, server) is read but not written, and the result says so.
 */
export async function runMonitor(options: RunMonitorOptions): Promise<RunMonitorResult> {
  const note = options.note ?? (() => {})
  const sources = await resolveDashboardSources(options.env, options.cwd)
  for (const line of sources.notes) note(line)
  if (!sources.dev || !sources.prod) {
    throw new MonitorInputError(
      `monitoring needs a dev and a prod predictions file, but the ${sources.dev ? 'prod' : 'dev'} one was not found (set MONITOR_PREDICTIONS_DEV/PROD or MONITOR_PROJECT)`,
    )
  }
  const { dev, prod } = await readMonitorDatasets(sources.dev, sources.prod)
  let store = null
  let model: LoggedModel | null = null
  if (sources.tracking) {
    try {
      store = await openTrackingStore(sources.tracking, { cwd: options.cwd })
      const found = await findServedModel(store)
      if (found.status !== 'found') note(`no model for feature importance: ${found.detail}`)
      // importance is read from our model.json's coefficients; the report says why otherwise
      else model = found.model
    } catch (error) {
      note(`tracking store ${sources.tracking} not read: ${describe(error)}`)
    }
  }
  const report = buildMonitoringReport(dev, prod, { ...options, model })
  const json = JSON.stringify(report, null, 1)
  if (options.log === false)
    return { report, json, runId: null, logged: { skipped: 'not asked to log (--no-log)' } }
  if (!store) {
    return {
      report,
      json,
      runId: null,
      logged: { skipped: `no MLflow store could be opened at ${sources.tracking ?? '(none)'}` },
    }
  }
  if (store.kind !== 'filestore') {
    return {
      report,
      json,
      runId: null,
      logged: {
        skipped: `${store.location} is a ${store.kind} store; npm run monitor writes runs only to MLflow FileStores (mlruns/)`,
      },
    }
  }
  const writer = await openFileStoreWriter(store.location)
  const experiment = (
    options.experiment ??
    options.env.MLFLOW_EXPERIMENT_NAME ??
    DEFAULT_EXPERIMENT
  ).trim()
  const experimentId = await writer.getOrCreateExperiment(experiment)
  const runId = await logMonitoringRun(
    { writer, experimentId, activeRuns: options.activeRuns },
    report,
    json,
  )
  return { report, json, runId, logged: { root: writer.root, experimentId } }
}
