import type { MonitoringReport } from '../../monitoring/monitoring-report'

/**
 * `public/data/monitoring.json`: the monitoring report `npm run monitor` computes
 * (lib/monitoring/monitoring-report.ts), from the same inputs, as the views read it: drift,
 * realised and label-free metrics with their validity, calibration, thresholds, chunks, slices,
 * retrain signals and the verdict. No per-row data. Written by `buildMonitoringSite`.
 */
export const MONITORING_SITE_VERSION = 1

/** The report fields the views show (the run's params and the inputs' paths stay out). */
export type MonitoringView = Pick<
  MonitoringReport,
  | 'features'
  | 'dataset_drift'
  | 'metrics'
  | 'estimate'
  | 'calibration'
  | 'thresholds'
  | 'chunks'
  | 'chunk_notes'
  | 'chunk_note_reasons'
  | 'slices'
  | 'slices_summary'
  | 'importance'
  | 'signals'
  | 'verdict'
> & {
  /** threshold, reactive metric, allowed degradation, value matrix… as the report used them */
  params: MonitoringReport['params']
}

export interface MonitoringSite {
  version: typeof MONITORING_SITE_VERSION
  generatedAt: string
  /** null: no report could be computed, and `problem` says why */
  report: MonitoringView | null
  problem: string | null
}
