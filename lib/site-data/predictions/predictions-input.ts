import type { DriftTable } from '../../drift/drift-table'
import type { BinaryMetrics } from '../../metrics/binary-metrics'
import type { LoadedPredictions } from '../../predictions/types'
import type { Problem } from '../../tracking/types'
import type { SnapshotColumn, SnapshotFilterOptions, SnapshotHistogram } from './snapshot-types'

/**
 * A predictions file as the build read it, once: the predictions model, and which features the
 * file stores as integers without a missing value (the one fact drift typing needs from the
 * parquet schema, so the schema itself goes no further). Or why it could not be read.
 *
 * With an `engine` (a file too large for JavaScript, read by DuckDB: see
 * predictions/duckdb/), `predictions.report` describes every row but `predictions.data` holds
 * only the rows the browser gets (all of them, or the seeded sample), and the engine computes
 * every aggregate of the snapshot where the rows are.
 */
export type PredictionsInput =
  | {
      status: 'read'
      /** the file as the user gave it */
      source: string
      predictions: LoadedPredictions
      /** canonical feature names pandas would read as int64 */
      integerFeatures: readonly string[]
      engine?: PredictionsEngine
    }
  | { status: 'unreadable'; source: string; error: string }

export type ReadPredictionsInput = Extract<PredictionsInput, { status: 'read' }>

/** What snapshot.json holds that depends on every row, as an engine computes it. */
export interface PredictionsAggregates {
  metrics: Record<'dev' | 'prod', { metrics: BinaryMetrics | null; n: number } | null>
  columns: Record<string, SnapshotColumn>
  filterOptions: SnapshotFilterOptions
  drift: DriftTable | null
  outputDrift: DriftTable | null
  histograms: SnapshotHistogram[]
}

/** An engine that aggregates the predictions where they are (Node only: DuckDB). */
export interface PredictionsEngine {
  name: 'duckdb'
  /**
   * The snapshot's aggregates over every row of both sides; a side read in JavaScript is read
   * again by the engine. Problems (drift not computed) are pushed, never thrown.
   */
  aggregate(
    dev: ReadPredictionsInput | null,
    prod: ReadPredictionsInput | null,
    problems: Problem[],
  ): Promise<PredictionsAggregates>
}
