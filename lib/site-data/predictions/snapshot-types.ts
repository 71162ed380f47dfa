import type { ColumnType } from '../../drift/column'
import type { DriftTable } from '../../drift/drift-table'
import type { PlotHistogram } from '../../drift/histogram-for-plot'
import type { BinaryMetrics } from '../../metrics/binary-metrics'
import type { PredictionsReport } from '../../predictions/types'
import type { Problem } from '../../tracking/types'

/**
 * `public/data/snapshot.json`: what the build computed from the predictions files, small
 * whatever the input size. Row-level data ships separately as `rowsFile` (a compact parquet the
 * browser decodes), capped at `rowsLimit` rows per dataset.
 */

/** The snapshot.json layout this code writes and reads; a page refuses any other. */
export const SNAPSHOT_VERSION = 2

export type DatasetName = 'dev' | 'prod'

export interface SnapshotDataset {
  name: DatasetName
  /** the predictions file as the user gave it */
  source: string
  /** rows in the source file */
  rows: number
  labelledRows: number
  /** rows in rowsFile: all of them, or a uniform random sample when rows > rowsLimit */
  shippedRows: number
  sampled: boolean
  /** site-relative URL of the rows parquet, e.g. `data/rows-prod.parquet` */
  rowsFile: string
  rowsFileBytes: number
  /** what the loader recognised and what is missing */
  report: PredictionsReport
  /** exact metrics on every labelled row with a probability, at threshold 0.5; null without them */
  metrics: BinaryMetrics | null
  /** rows the metrics were computed on */
  metricsRows: number
}

/** A dev-vs-prod histogram of one column, for overlaid distribution charts. */
export interface SnapshotHistogram extends PlotHistogram {
  column: string
}

export interface SnapshotFilterOptions {
  periods: number[]
  seasons: string[]
  zones: string[]
  playoffs: number[]
}

/**
 * How every drift table of the site treats a feature, decided once by the build over every row
 * of both files (see columnKinds): the views never see the parquet schema.
 */
export interface SnapshotColumn {
  /** Evidently's column type */
  kind: ColumnType
  /** stored as whole numbers without a missing value (pandas int64): integer histogram bins */
  integer: boolean
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION
  generatedAt: string
  rowsLimit: number
  datasets: Record<DatasetName, SnapshotDataset | null>
  /** values present in the data, for the sidebar filters */
  filterOptions: SnapshotFilterOptions
  /** the features both datasets have, typed for drift; empty without both datasets */
  columns: Record<string, SnapshotColumn>
  /** dev (reference) vs prod (current) on the model's features; null without both datasets */
  drift: DriftTable | null
  /** drift of the model output and the target (not counted in the dataset verdict) */
  outputDrift: DriftTable | null
  histograms: SnapshotHistogram[]
  problems: Problem[]
}
