import { computeDriftTable, DEFAULT_DRIFT_SHARE, type DriftTable } from '../drift/drift-table'
import type { LoggedModel } from '../serving/read-logged-model'
import { calibratedEce, calibrationSummary, type CalibrationSummary } from './calibration-summary'
import {
  CBPE_INTERVAL_METHOD,
  CBPE_METHOD,
  estimatePerformance,
  fitCbpe,
  type CbpeEstimate,
  type CbpeModel,
} from './cbpe-estimate'
import { MIN_CHUNK_ROWS, type ChunkResult } from './chunk-report'
import type { Chunking } from './chunk-rows'
import { chunkTimelines } from './chunk-timelines'
import { estimateValidity, type EstimateValidity } from './estimate-validity'
import { featureDriftEntries, type FeatureDriftEntry } from './feature-drift-entries'
import { featureImportance, type FeatureImportance } from './feature-importance'
import { labelledRows, scoredRows } from './labelled-rows'
import { realisedMetrics, type MetricSet } from './metric-set'
import type { MonitorDataset } from './monitor-dataset'
import {
  predictiveDatasetDrift,
  predictiveImportantDrift,
  reactiveDevProd,
  DEFAULT_MAX_DEGRADATION,
  DEFAULT_REACTIVE_METRIC,
  type RetrainSignal,
} from './retrain-signals'
import { sliceGroups, sliceMetrics, type SliceResult, type SliceReport } from './slice-metrics'
import {
  thresholdOptima,
  DEFAULT_VALUE_MATRIX,
  type ThresholdOptima,
  type ValueMatrix,
} from './threshold-optimum'
import { explain, reason, reasonFor, reasonText, type Explained, type Reason } from './reason'

export type { CalibrationSummary } from './calibration-summary'

export interface MonitoringOptions {
  threshold?: number
  valueMatrix?: ValueMatrix
  /** reactive signal: metric (default f1_score) and the relative degradation (default 0.15) */
  reactiveMetric?: string
  maxDegradation?: number
  /** Monte Carlo / bootstrap draws and seed (CBPE interval, slice intervals) */
  draws?: number
  seed?: number
  /** draws for each chunk's estimate interval (default 50: there are many chunks) */
  chunkDraws?: number
  /** the monitored model (feature importance); null when none was found */
  model?: LoggedModel | null
  chunkings?: Chunking[]
}

export interface MonitoringReport {
  generated_at: string
  inputs: { dev: string; prod: string; threshold: number; notes: string[] }
  features: FeatureDriftEntry[]
  features_skipped: { column: string; reason: string }[]
  dataset_drift: {
    share: number
    drift: boolean
    drift_share: number
    drifted: string[]
    columns: number
  }
  metrics: {
    dev: MetricSet
    prod: MetricSet
    prod_estimated: CbpeEstimate | Explained
  }
  estimate: { method: string; interval_method: string; validity: EstimateValidity | null }
  /** prod (labelled rows) at the top, dev beside it */
  calibration: CalibrationSummary & { dev: CalibrationSummary }
  thresholds: { dev: ThresholdOptima; prod: ThresholdOptima }
  chunks: ChunkResult[]
  /** why chunks differ from what was asked, in English; `chunk_note_reasons` coded */
  chunk_notes: string[]
  chunk_note_reasons: Reason[]
  slices: SliceResult[]
  /** one per sliced metric: the overall value, the bootstrap, the columns not sliced */
  slices_summary: Omit<SliceReport, 'ranked' | 'unranked'>[]
  importance: FeatureImportance
  signals: RetrainSignal[]
  verdict: { retrain: boolean; sentence: string; reason: Reason }
  params: Record<string, string | number>
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function safeDriftTable(dev: MonitorDataset, prod: MonitorDataset): DriftTable | string {
  try {
    return computeDriftTable(dev.columns, prod.columns, {
      columns: Object.keys(dev.columns).filter((k) => k in prod.columns),
    })
  } catch (error) {
    return reasonText(
      reason('report.driftFailed', { dev: dev.file, prod: prod.file, message: describe(error) }),
    )
  }
}

/**
 * The whole monitoring pass over a dev reference and a prod dataset: per-feature drift and
 * Evidently's dataset verdict, realised metrics, calibration (ECE/MCE/Brier), thresholds, the
 * CBPE estimate with its validity check, chunks by season and month, slices, and the retrain
 * signals. Every missing figure is null with a sentence; nothing is NaN.
 */
export function buildMonitoringReport(
  dev: MonitorDataset,
  prod: MonitorDataset,
  options: MonitoringOptions = {},
): MonitoringReport {
  const threshold = options.threshold ?? 0.5
  const metric = options.reactiveMetric ?? DEFAULT_REACTIVE_METRIC
  const maxDegradation = options.maxDegradation ?? DEFAULT_MAX_DEGRADATION
  const draws = options.draws ?? 200
  const chunkDraws = Math.min(options.chunkDraws ?? 50, draws)
  const seed = options.seed ?? 42
  const valueMatrix = options.valueMatrix ?? DEFAULT_VALUE_MATRIX
  const devWhat = reason('subject.dev', { file: dev.file })
  const prodWhat = reason('subject.prod', { file: prod.file })
  const notes: string[] = []
  for (const d of [dev, prod]) {
    if (!d.hasProbability) notes.push(reasonText(reason('report.noProbability', { file: d.file })))
  }

  const drift = safeDriftTable(dev, prod)
  const features = typeof drift === 'string' ? [] : featureDriftEntries(drift)
  const skipped = typeof drift === 'string' ? [{ column: '*', reason: drift }] : drift.skipped
  const drifted = features.filter((f) => f.drift).map((f) => f.name)
  const datasetDrift = {
    share: typeof drift === 'string' ? 0 : drift.dataset.share,
    drift: typeof drift === 'string' ? false : drift.dataset.datasetDrift,
    drift_share: DEFAULT_DRIFT_SHARE,
    drifted,
    columns: features.length,
  }

  const devRows = labelledRows(dev.target, dev.probability)
  const prodRows = labelledRows(prod.target, prod.probability)
  const devMetrics = realisedMetrics(devRows.y, devRows.p, threshold, devWhat)
  const prodMetrics = realisedMetrics(prodRows.y, prodRows.p, threshold, prodWhat)

  let cbpe: CbpeModel | null = null
  const cbpeUnavailable = reason('cbpe.fewDevRows', {
    min: MIN_CHUNK_ROWS,
    what: devWhat,
    count: devRows.y.length,
  })
  if (devRows.y.length >= MIN_CHUNK_ROWS) {
    cbpe = fitCbpe({ score: devRows.p, y: devRows.y }, { draws, seed })
  }
  const prodScored = scoredRows(prod.probability)
  const prodScores = Float64Array.from(prodScored, (i) => prod.probability[i]!)
  let prodEstimated: CbpeEstimate | Explained
  if (cbpe) prodEstimated = estimatePerformance(cbpe, prodScores, prodWhat, threshold)
  else explain((prodEstimated = { unavailable: {} }), 'all', cbpeUnavailable)
  const validity =
    cbpe && typeof drift !== 'string'
      ? estimateValidity(drift.rows, {
          devEce: calibratedEce(cbpe, devRows)!,
          prodEce: calibratedEce(cbpe, prodRows),
        })
      : null

  const timelines = chunkTimelines(prod, dev.columns, cbpe, cbpeUnavailable, {
    chunkings: options.chunkings ?? ['season', 'month'],
    metric,
    maxDegradation,
    devValue: devMetrics.values[metric] ?? null,
    threshold,
    draws: chunkDraws,
  })
  for (const c of timelines.chunks) c.estimated.trustworthy = validity?.trustworthy ?? false
  const signals: RetrainSignal[] = [
    reactiveDevProd(
      devMetrics.values[metric] ?? null,
      prodMetrics.values[metric] ?? null,
      reasonFor(devMetrics, metric) ?? reasonFor(prodMetrics, metric),
      { metric, maxDegradation },
    ),
    ...timelines.signals,
  ]

  const importance = featureImportance(
    options.model ?? null,
    Object.fromEntries(
      Object.entries(dev.columns).map(([k, c]) => [
        k,
        (c instanceof Float64Array ? c : c.values) as ArrayLike<number>,
      ]),
    ),
    features.map((f) => f.name),
  )
  signals.push(predictiveDatasetDrift({ ...datasetDrift, driftShare: DEFAULT_DRIFT_SHARE }))
  signals.push(predictiveImportantDrift(importance.top, importance.reason, features))

  // the reactive metric, and log loss, which still ranks slices when a thresholded metric is
  // flat (the Kobe prod F1 is 0 in every slice)
  const sliceNames = [...new Set([metric, 'log_loss'])]
  const groups = sliceGroups(prodRows, prod.context, prod.rows, prodWhat)
  const sliceReports = sliceNames.map((m) =>
    sliceMetrics(prodRows, prod.context, prod.rows, {
      metric: m,
      groups,
      threshold,
      draws,
      seed,
      what: prodWhat,
    }),
  )
  const fired = signals.filter((s) => s.triggered)
  const verdict = fired.length
    ? reason('verdict.retrain', { causes: { clauses: fired.map((s) => s.reason) } })
    : reason('verdict.healthy')
  const prodCalibration = calibrationSummary(prodRows, prodWhat)
  return {
    generated_at: new Date().toISOString(),
    inputs: { dev: dev.file, prod: prod.file, threshold, notes },
    features,
    features_skipped: skipped,
    dataset_drift: datasetDrift,
    metrics: { dev: devMetrics, prod: prodMetrics, prod_estimated: prodEstimated },
    estimate: { method: CBPE_METHOD, interval_method: CBPE_INTERVAL_METHOD, validity },
    calibration: { ...prodCalibration, dev: calibrationSummary(devRows, devWhat) },
    thresholds: {
      dev: thresholdOptima(devRows.y, devRows.p, valueMatrix, devWhat),
      prod: thresholdOptima(prodRows.y, prodRows.p, valueMatrix, prodWhat),
    },
    chunks: timelines.chunks,
    chunk_notes: timelines.notes.map((n) => reasonText(n)),
    chunk_note_reasons: timelines.notes,
    slices: sliceReports.flatMap((r) => [...r.ranked, ...r.unranked]),
    slices_summary: sliceReports.map((r) => ({
      metric: r.metric,
      overall: r.overall,
      bootstrap: r.bootstrap,
      skipped: r.skipped,
    })),
    importance,
    signals,
    verdict: { retrain: fired.length > 0, sentence: reasonText(verdict), reason: verdict },
    params: {
      threshold,
      reactive_metric: metric,
      max_degradation: maxDegradation,
      drift_share: DEFAULT_DRIFT_SHARE,
      drift_methods: features.map((f) => `${f.name}:${f.method}`).join(','),
      calibration_binning: 'uniform-10',
      cbpe_calibrator: 'isotonic',
      draws,
      chunk_draws: chunkDraws,
      seed,
      min_chunk_rows: MIN_CHUNK_ROWS,
      value_matrix: `tp=${valueMatrix.tp},fp=${valueMatrix.fp},tn=${valueMatrix.tn},fn=${valueMatrix.fn}`,
      importance: importance.ranking.length ? 'abs_coef_times_std' : 'all_features',
    },
  }
}
