import type { BinaryMetrics } from '../../metrics/binary-metrics'
import type { DatasetName } from '../predictions/snapshot-types'

/**
 * `public/data/comparison.json`: the models compared on the same rows, each re-scored by the
 * build on every dev and prod row, with exact headline metrics and, per dataset, a file of
 * P(made) for the rows the site ships (`rows-<dataset>.parquet`, same order, sampled or not).
 */
export const COMPARISON_VERSION = 1

/** How the compared models were chosen. */
export type ComparisonChoice = 'env' | 'candidates' | 'registry' | 'none'

/** One model's re-scoring of one dataset. */
export interface ComparedDataset {
  /** rows of the predictions file, all scored */
  rows: number
  /** rows with a label and a probability: the metrics' rows */
  metricsRows: number
  /** exact metrics over every labelled row at threshold 0.5; null when no row is labelled */
  metrics: BinaryMetrics | null
  /** `data/comparison/<model index>-<dataset>.f64`: little-endian Float64 P(made), one per shipped row */
  scoresFile: string
  /** shipped rows in that file (= rows-<dataset>.parquet's rows) */
  shippedRows: number
}

export interface ComparedModel {
  /** stable key for the URL (`?models=a,b`): `name/version`, the run id, or the file name */
  key: string
  /** the reference as given (MONITOR_COMPARE) or as chosen (`models:/kobe-shot-model/1`, a run id) */
  reference: string
  /** display name: the run name, the registered name and version, or the file name */
  name: string
  registeredModel: string | null
  version: number | null
  runId: string | null
  /** estimator steps, outermost first (`Pipeline`, …, `LogisticRegression`) */
  estimator: string[]
  /** true when the model is a regressor whose output is clipped to [0, 1] as a score */
  clippedScore: boolean
  datasets: Record<DatasetName, ComparedDataset | null>
}

/** A model that could not be compared, with the reason in one sentence. */
export interface ComparisonSkip {
  reference: string
  reason: string
}

export interface ComparisonSnapshot {
  version: typeof COMPARISON_VERSION
  generatedAt: string
  chosenBy: ComparisonChoice
  /** the MONITOR_COMPARE value, when set */
  requested: string | null
  models: ComparedModel[]
  skipped: ComparisonSkip[]
}
