import type { LoggedModel } from '../../serving/read-logged-model'
import { buildMonitoringReport, type MonitoringReport } from '../../monitoring/monitoring-report'
import { monitorDatasets } from '../../monitoring/read-monitor-datasets'
import type { Problem } from '../../tracking/types'
import type { PredictionsInput } from '../predictions/predictions-input'
import { directorySiteSink } from '../directory-site-sink'
import { siteJson, type SiteFileSink } from '../site-file-sink'
import {
  MONITORING_SITE_VERSION,
  type MonitoringSite,
  type MonitoringView,
} from './monitoring-site-types'

export interface MonitoringSiteInputs {
  /** predictions files as loadSiteInputs read them */
  dev: PredictionsInput | null
  prod: PredictionsInput | null
  /** the served model (model.json's), for the features that matter most; null when none */
  model: LoggedModel | null
  /** folder the site serves as `/data/`; null = do not write */
  outDir: string | null
  /** where monitoring.json goes instead of outDir (a project opened in the page keeps it in memory) */
  sink?: SiteFileSink
  /** the build's folder: paths inside it are shown relative ("./data/output/…") */
  cwd?: string
}

export interface MonitoringSiteResult {
  site: MonitoringSite
  /** for the build report: why there is no report, and the report's input notes */
  problems: Problem[]
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The report's fields the views read (see MonitoringView). */
export function monitoringView(report: MonitoringReport): MonitoringView {
  return {
    features: report.features,
    dataset_drift: report.dataset_drift,
    metrics: report.metrics,
    estimate: report.estimate,
    calibration: report.calibration,
    thresholds: report.thresholds,
    chunks: report.chunks,
    chunk_notes: report.chunk_notes,
    chunk_note_reasons: report.chunk_note_reasons,
    slices: report.slices,
    slices_summary: report.slices_summary,
    importance: report.importance,
    signals: report.signals,
    verdict: report.verdict,
    params: report.params,
  }
}

/** The view with every path inside `cwd` shown as "./…" (the shipped file names no build folder). */
function relativePaths(view: MonitoringView, cwd: string): MonitoringView {
  const prefix = JSON.stringify(cwd.replace(/\/+$/, '') + '/').slice(1, -1)
  return JSON.parse(JSON.stringify(view).split(prefix).join('./')) as MonitoringView
}

function missing(input: PredictionsInput | null, side: string): string | null {
  if (!input) return `no ${side} predictions file: monitoring needs a dev and a prod file`
  if (input.status !== 'read') return `${side} predictions ${input.source}: ${input.error}`
  return null
}

/**
 * Build step of the monitoring views: the report `npm run monitor` prints, with its defaults
 * (threshold 0.5, F1 degrading by 15 %, 200 draws, seed 42), from the files the build read
 * and the served model, written to `<outDir>/monitoring.json`. Never throws for the user's
 * data: a missing file or a failed pass is the file's `problem` and a build-report problem.
 */
export async function buildMonitoringSite(
  inputs: MonitoringSiteInputs,
  now: () => Date = () => new Date(),
): Promise<MonitoringSiteResult> {
  const problems: Problem[] = []
  let report: MonitoringView | null = null
  let problem: string | null = missing(inputs.dev, 'dev') ?? missing(inputs.prod, 'prod')
  if (!problem && inputs.dev?.status === 'read' && inputs.prod?.status === 'read') {
    try {
      const { dev, prod } = monitorDatasets(inputs.dev, inputs.prod)
      const full = buildMonitoringReport(dev, prod, { model: inputs.model })
      report = monitoringView(full)
      if (inputs.cwd) report = relativePaths(report, inputs.cwd)
      // a missing probability column is a problem; a chunking fallback (no dates) is not, and
      // stays in the report's chunk_notes, shown by the timeline
      for (const note of full.inputs.notes)
        problems.push({ path: '', message: `monitoring: ${note}` })
    } catch (error) {
      problem = `monitoring report not computed: ${describe(error)}`
    }
  }
  if (problem) problems.unshift({ path: '', message: problem })
  const site: MonitoringSite = {
    version: MONITORING_SITE_VERSION,
    generatedAt: now().toISOString(),
    report,
    problem,
  }
  const sink = inputs.sink ?? (inputs.outDir ? directorySiteSink(inputs.outDir) : null)
  await sink?.write('monitoring.json', siteJson(site))
  return { site, problems }
}
