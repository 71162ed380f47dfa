import type { FileStoreWriter } from '../mlflow/filestore/writer'
import { MAX_PARAM_VALUE_LENGTH, MAX_TAG_VALUE_LENGTH } from '../mlflow/filestore/keys'
import type { ActiveRuns } from '../pipeline/active-runs'
import { withRun } from '../pipeline/stage-context'
import type { MonitoringReport } from './monitoring-report'

export const MONITOR_RUN = 'Monitoramento'
export const REPORT_ARTIFACT = 'monitoring/report.json'

/** MLflow metric keys allow letters, digits, `_ - . / space`; other characters become `_`. */
function key(text: string): string {
  return text.replace(/[^A-Za-z0-9_\-./ ]/g, '_')
}

function clip(text: string, max = MAX_TAG_VALUE_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function finite(values: Record<string, number | null | undefined>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[key(k)] = v
  }
  return out
}

/** The report's numbers as flat MLflow metrics (missing figures are left out, never NaN). */
export function monitoringMetrics(report: MonitoringReport): Record<string, number> {
  const values: Record<string, number | null | undefined> = {
    'dataset_drift.share': report.dataset_drift.share,
    'dataset_drift.flag': report.dataset_drift.drift ? 1 : 0,
    'calibration.ece': report.calibration.ece,
    'calibration.mce': report.calibration.mce,
    'calibration.brier': report.calibration.brier,
    'calibration.dev.ece': report.calibration.dev.ece,
    'calibration.dev.mce': report.calibration.dev.mce,
    'threshold.dev.f1': report.thresholds.dev.f1?.threshold,
    'threshold.dev.youden': report.thresholds.dev.youden?.threshold,
    'threshold.dev.value': report.thresholds.dev.value?.threshold,
    'threshold.prod.f1': report.thresholds.prod.f1?.threshold,
    'threshold.prod.youden': report.thresholds.prod.youden?.threshold,
    'threshold.prod.value': report.thresholds.prod.value?.threshold,
    'retrain.flag': report.verdict.retrain ? 1 : 0,
  }
  for (const f of report.features) {
    values[`drift.${f.name}.statistic`] = f.statistic
    values[`drift.${f.name}.flag`] = f.drift ? 1 : 0
    values[`drift.${f.name}.psi`] = f.psi
    values[`drift.${f.name}.js`] = f.js
    values[`drift.${f.name}.ks_statistic`] = f.ks.statistic
    values[`drift.${f.name}.ks_p_value`] = f.ks.p_value
    values[`drift.${f.name}.wasserstein_norm`] = f.wasserstein_norm
  }
  for (const side of ['dev', 'prod'] as const) {
    for (const [m, v] of Object.entries(report.metrics[side].values)) values[`${side}.${m}`] = v
  }
  const estimated = report.metrics.prod_estimated
  if ('values' in estimated) {
    for (const [m, v] of Object.entries(estimated.values)) values[`prod_estimated.${m}`] = v
    values['prod_estimated.trustworthy'] = report.estimate.validity?.trustworthy ? 1 : 0
  }
  report.signals.forEach((s, i) => {
    values[`signal.${i}.${s.kind}${s.metric ? `.${s.metric}` : ''}`] = s.triggered ? 1 : 0
  })
  return finite(values)
}

/** Per-chunk realised and estimated metric as metric history (step = chunk position). */
function chunkHistory(
  report: MonitoringReport,
  metric: string,
): { step: number; values: Record<string, number> }[] {
  const counters = new Map<string, number>()
  return report.chunks.map((c) => {
    const step = counters.get(c.chunking) ?? 0
    counters.set(c.chunking, step + 1)
    const values = finite({
      [`chunk.${c.chunking}.${metric}`]: c.realised.values[metric],
      [`chunk.${c.chunking}.estimated.${metric}`]: c.estimated.values[metric],
      [`chunk.${c.chunking}.dataset_drift_share`]: c.dataset_drift?.share,
    })
    return { step, values }
  })
}

export interface MonitoringRunContext {
  writer: FileStoreWriter
  experimentId: string
  activeRuns?: ActiveRuns
}

/**
 * Logs the report as an MLflow run named `Monitoramento` through the pipeline's FileStore writer
 * (atomic files; the run ends FAILED if anything throws, never left RUNNING): flat metrics,
 * per-chunk metric history, params (methods, thresholds), tags (verdict, each signal's cause)
 * and the JSON report as the artifact `monitoring/report.json`. Returns the run id.
 */
export async function logMonitoringRun(
  ctx: MonitoringRunContext,
  report: MonitoringReport,
  json: string,
): Promise<string> {
  return withRun(ctx, MONITOR_RUN, { tags: { 'monitor.kind': 'monitoring' } }, async (run) => {
    // many features make drift_methods long: MLflow caps a param value at 6000 characters
    await run.logParams(
      Object.fromEntries(
        Object.entries(report.params).map(([k, v]) => [
          k,
          typeof v === 'string' ? clip(v, MAX_PARAM_VALUE_LENGTH) : v,
        ]),
      ),
    )
    await run.logMetrics(monitoringMetrics(report))
    const metric = String(report.params.reactive_metric)
    for (const { step, values } of chunkHistory(report, metric)) {
      if (Object.keys(values).length) await run.logMetrics(values, { step })
    }
    const tags: Record<string, string> = {
      'monitor.verdict': report.verdict.retrain ? 'retrain' : 'healthy',
      'monitor.verdict_sentence': clip(report.verdict.sentence),
      'monitor.dev_file': clip(report.inputs.dev),
      'monitor.prod_file': clip(report.inputs.prod),
      'monitor.estimate_trustworthy': String(report.estimate.validity?.trustworthy ?? false),
    }
    if (report.estimate.validity)
      tags['monitor.estimate_verdict'] = clip(report.estimate.validity.verdict)
    report.signals.forEach((s, i) => {
      tags[`monitor.signal.${i}.cause`] = clip(
        `${s.kind}${s.metric ? ` ${s.metric}` : ''}: ${s.cause}`,
      )
      tags[`monitor.signal.${i}.triggered`] = String(s.triggered)
    })
    await run.setTags(tags)
    await run.logArtifactContent(REPORT_ARTIFACT, json)
    return run.runId
  })
}
