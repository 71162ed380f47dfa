import type { Column } from '../drift/column'
import { computeDriftTable } from '../drift/drift-table'
import type { PreparedReference } from '../drift/prepared-reference'
import { estimatePerformance, type CbpeModel } from './cbpe-estimate'
import type { RowChunk, Chunking } from './chunk-rows'
import { labelledRows, scoredRows } from './labelled-rows'
import { realisedMetrics, unavailableSet, METRIC_NAMES, type MetricSet } from './metric-set'
import { subsetColumns, type MonitorDataset } from './monitor-dataset'
import { explain, reason, textReason, type Explained, type Reason } from './reason'

/** Chunks with fewer rows (or labelled rows, for realised metrics) carry a reason, not a number. */
export const MIN_CHUNK_ROWS = 30

export interface ChunkResult {
  chunking: Chunking
  key: string
  rows: number
  labelled: number
  labelled_share: number | null
  realised: MetricSet
  estimated: Pick<MetricSet, 'values' | 'unavailable' | 'reasons'> & {
    interval: Partial<Record<string, [number, number] | null>>
    /** the report's validity verdict for the label-free estimate (filled by the report) */
    trustworthy?: boolean
  }
  features: { name: string; method: string; statistic: number; threshold: number; drift: boolean }[]
  dataset_drift: { share: number; drift: boolean } | null
  /** why a figure of this chunk is missing (`unavailable` in English, `reasons` coded) */
  unavailable: Record<string, string>
  reasons?: Record<string, Reason>
  /** filled by the report: the chunk against the dev value and the dataset-drift rule */
  alerts?: ChunkAlerts
}

/** Alert lines for a timeline: the metric's limit (dev value ∓ the allowed share) and the flags. */
export interface ChunkAlerts {
  metric: string
  /** the value beyond which the chunk alerts; null without a dev value */
  limit: number | null
  /** realised / estimated metric beyond the limit; null when the chunk has no such value */
  realised: boolean | null
  estimated: boolean | null
  dataset_drift: boolean | null
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Realised metrics (labelled rows), the CBPE estimate (scored rows), per-feature drift against
 * the whole dev reference and Evidently's dataset verdict for one chunk of prod. A chunk with
 * fewer than 30 rows (30 labelled rows for realised metrics) says so instead of a number.
 * `preparedDev` (prepareReference of devColumns) spares sorting dev again for every chunk.
 */
export function chunkResult(
  chunking: Chunking,
  chunk: RowChunk,
  prod: MonitorDataset,
  devColumns: Record<string, Column>,
  cbpe: CbpeModel | null,
  cbpeUnavailable: Reason,
  threshold: number,
  draws: number,
  preparedDev?: PreparedReference,
): ChunkResult {
  const what = reason('subject.chunk', {
    chunking: reason(`chunking.${chunking}`),
    key: chunk.key,
    file: prod.file,
  })
  const rows = chunk.indices.length
  const labelled = labelledRows(prod.target, prod.probability, chunk.indices)
  const missing: Explained = { unavailable: {}, reasons: {} }
  const tiny = (code: 'chunk.fewRows' | 'chunk.fewLabelled' | 'chunk.fewScored', count: number) =>
    reason(code, { what, count, min: MIN_CHUNK_ROWS })
  const realised =
    labelled.y.length >= MIN_CHUNK_ROWS
      ? realisedMetrics(labelled.y, labelled.p, threshold, what)
      : unavailableSet(
          METRIC_NAMES,
          tiny('chunk.fewLabelled', labelled.y.length),
          labelled.y.length,
        )
  let estimated: ChunkResult['estimated']
  const scored = scoredRows(prod.probability, chunk.indices)
  if (!cbpe || scored.length < MIN_CHUNK_ROWS) {
    estimated = { values: {}, unavailable: {}, interval: {} }
    explain(estimated, 'all', cbpe ? tiny('chunk.fewScored', scored.length) : cbpeUnavailable)
  } else {
    const scores = Float64Array.from(scored, (i) => prod.probability[i]!)
    const e = estimatePerformance(cbpe, scores, what, threshold, draws)
    estimated = {
      values: e.values,
      unavailable: e.unavailable,
      ...(e.reasons ? { reasons: e.reasons } : {}),
      interval: e.interval,
    }
  }
  let features: ChunkResult['features'] = []
  let datasetDrift: ChunkResult['dataset_drift'] = null
  if (rows < MIN_CHUNK_ROWS) {
    explain(missing, 'drift', tiny('chunk.fewRows', rows))
  } else {
    try {
      const table = computeDriftTable(devColumns, subsetColumns(prod.columns, chunk.indices), {
        columns: Object.keys(devColumns).filter((k) => k in prod.columns),
        statisticOnly: true,
        preparedReference: preparedDev,
      })
      features = table.rows.map((r) => ({
        name: r.column,
        method: r.method,
        statistic: r.statistic,
        threshold: r.threshold,
        drift: r.drifted,
      }))
      for (const s of table.skipped) explain(missing, `drift.${s.column}`, textReason(s.reason))
      datasetDrift =
        table.dataset.columnCount > 0
          ? { share: table.dataset.share, drift: table.dataset.datasetDrift }
          : null
      if (!datasetDrift)
        explain(missing, 'dataset_drift', reason('chunk.noTestableFeature', { what }))
    } catch (error) {
      explain(missing, 'drift', reason('chunk.driftFailed', { what, message: describe(error) }))
    }
  }
  return {
    chunking,
    key: chunk.key,
    rows,
    labelled: labelled.y.length,
    labelled_share: rows ? labelled.y.length / rows : null,
    realised,
    estimated,
    features,
    dataset_drift: datasetDrift,
    unavailable: missing.unavailable,
    reasons: missing.reasons ?? {},
  }
}
