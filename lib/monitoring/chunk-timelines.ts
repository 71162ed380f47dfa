import type { Column } from '../drift/column'
import { prepareReference } from '../drift/prepared-reference'
import type { CbpeModel } from './cbpe-estimate'
import { chunkResult, type ChunkResult } from './chunk-report'
import { chunkRows, type Chunking } from './chunk-rows'
import { LOWER_IS_BETTER } from './metric-set'
import type { MonitorDataset } from './monitor-dataset'
import { reason, type Reason } from './reason'
import { reactiveBetweenChunks, type RetrainSignal } from './retrain-signals'

export interface ChunkTimelineOptions {
  chunkings: Chunking[]
  metric: string
  maxDegradation: number
  /** the metric on dev: the alert limit is this value ∓ maxDegradation of it */
  devValue: number | null
  threshold: number
  draws: number
}

/**
 * Every chunking's chunks of prod (lib/monitoring/chunk-report) with their alerts, the notes
 * of each plan, and one reactive chunk-to-chunk signal per chunking.
 */
export function chunkTimelines(
  prod: MonitorDataset,
  devColumns: Record<string, Column>,
  cbpe: CbpeModel | null,
  cbpeUnavailable: Reason,
  options: ChunkTimelineOptions,
): { chunks: ChunkResult[]; notes: Reason[]; signals: RetrainSignal[] } {
  const { metric, maxDegradation, devValue } = options
  const lower = LOWER_IS_BETTER.has(metric)
  const limit =
    devValue === null ? null : devValue + (lower ? 1 : -1) * Math.abs(devValue) * maxDegradation
  const beyond = (v: number | null | undefined) =>
    limit === null || v === null || v === undefined ? null : lower ? v > limit : v < limit
  const chunks: ChunkResult[] = []
  const notes: Reason[] = []
  const signals: RetrainSignal[] = []
  // dev is cleaned and sorted once for every chunk of every chunking
  const preparedDev = prepareReference(
    devColumns,
    Object.keys(devColumns).filter((k) => k in prod.columns),
  )
  for (const chunking of options.chunkings) {
    const plan = chunkRows(prod, chunking)
    notes.push(...plan.notes)
    const start = chunks.length
    for (const chunk of plan.chunks) {
      const c = chunkResult(
        plan.chunking,
        chunk,
        prod,
        devColumns,
        cbpe,
        cbpeUnavailable,
        options.threshold,
        options.draws,
        preparedDev,
      )
      c.alerts = {
        metric,
        limit,
        realised: beyond(c.realised.values[metric]),
        estimated: beyond(c.estimated.values[metric]),
        dataset_drift: c.dataset_drift?.drift ?? null,
      }
      chunks.push(c)
    }
    signals.push(
      reactiveBetweenChunks(
        plan.chunking === chunking
          ? reason(`chunking.${chunking}`)
          : reason('chunking.fallback', { chunking: reason(`chunking.${chunking}`) }),
        chunks.slice(start).map((c, k) => ({
          key: c.key,
          value: c.realised.values[metric] ?? null,
          index: start + k,
        })),
        { metric, maxDegradation },
      ),
    )
  }
  return { chunks, notes, signals }
}
