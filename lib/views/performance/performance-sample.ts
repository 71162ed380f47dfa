import type { BinaryClfCurve } from '../../metrics/binary-clf-curve'
import { filteredClfCurve } from '../../metrics/score-rank'
import type { LoadedPredictions } from '../../predictions/types'
import type { DatasetName } from '../../site-data/predictions/snapshot-types'

/**
 * The labelled rows of one dataset after the sidebar filters, with their P(made), and their
 * `BinaryClfCurve`: every threshold-dependent number of the view is read from it. The curve
 * comes from the file's score ranking (sorted once per file, lib/metrics/score-rank) in one pass.
 */
export interface PerformanceSample {
  kind: 'ready'
  name: DatasetName
  /** rows passing the filters */
  filteredRows: number
  /** filtered rows whose outcome is known (0 or 1) */
  labelledRows: number
  /** labelled rows left out because their probability is missing or invalid */
  excludedRows: number
  /** outcomes and P(made) of the labelled rows that have a probability */
  yTrue: Float64Array
  score: Float64Array
  curve: BinaryClfCurve
  positives: number
  negatives: number
}

/** Why a dataset has no performance numbers; `detail` is the loader's own sentence. */
export interface PerformanceUnavailable {
  kind: 'noTarget' | 'noProbability' | 'noLabels'
  name: DatasetName
  filteredRows: number
  labelledRows: number
  detail: string | null
}

export type PerformanceInput = PerformanceSample | PerformanceUnavailable

const startsWith = (sentences: string[], prefix: string) =>
  sentences.find((s) => s.startsWith(prefix)) ?? null

/** Passes over the filtered indices and over the file's score ranking: O(n) per (dataset, filter). */
export function performanceSample(
  name: DatasetName,
  { report, data }: LoadedPredictions,
  indices: Uint32Array,
): PerformanceInput {
  const filteredRows = indices.length
  if (report.mapping.target === null) {
    const detail = startsWith(report.missing, 'no target column')
    return { kind: 'noTarget', name, filteredRows, labelledRows: 0, detail }
  }
  const { target, probability } = data
  let labelledRows = 0
  for (const i of indices) if (!Number.isNaN(target[i]!)) labelledRows++
  if (probability === null) {
    const detail =
      startsWith(report.missing, 'no probability column') ??
      startsWith(report.missing, 'no prediction columns')
    return { kind: 'noProbability', name, filteredRows, labelledRows, detail }
  }
  const yTrue = new Float64Array(labelledRows)
  const score = new Float64Array(labelledRows)
  let n = 0
  for (const i of indices) {
    const y = target[i]!
    const p = probability[i]!
    if (Number.isNaN(y) || Number.isNaN(p)) continue
    yTrue[n] = y
    score[n] = p
    n++
  }
  if (n === 0) return { kind: 'noLabels', name, filteredRows, labelledRows, detail: null }
  const curve = filteredClfCurve(target, probability, indices)
  const m = curve.tps.length
  return {
    kind: 'ready',
    name,
    filteredRows,
    labelledRows,
    excludedRows: labelledRows - n,
    yTrue: yTrue.slice(0, n),
    score: score.slice(0, n),
    curve,
    positives: curve.tps[m - 1]!,
    negatives: curve.fps[m - 1]!,
  }
}
