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

/**
 * One pass over the filtered indices and one over the file's score ranking: O(n) per (dataset,
 * filter); `yTrue` and `score` are copied when first read.
 */
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
  // one indexed pass counts; the outcomes and scores themselves are copied when first read (the
  // Brier score and the bins below the fold, the overview's log loss), not on every filter
  let labelledRows = 0
  let n = 0
  for (let k = 0; k < filteredRows; k++) {
    const i = indices[k]!
    if (Number.isNaN(target[i]!)) continue
    labelledRows++
    if (probability !== null && !Number.isNaN(probability[i]!)) n++
  }
  if (probability === null) {
    const detail =
      startsWith(report.missing, 'no probability column') ??
      startsWith(report.missing, 'no prediction columns')
    return { kind: 'noProbability', name, filteredRows, labelledRows, detail }
  }
  if (n === 0) return { kind: 'noLabels', name, filteredRows, labelledRows, detail: null }
  const curve = filteredClfCurve(target, probability, indices)
  const m = curve.tps.length
  let rows: { yTrue: Float64Array; score: Float64Array } | null = null
  const labelled = () => (rows ??= labelledScores(target, probability, indices, n))
  return {
    kind: 'ready',
    name,
    filteredRows,
    labelledRows,
    excludedRows: labelledRows - n,
    get yTrue() {
      return labelled().yTrue
    },
    get score() {
      return labelled().score
    },
    curve,
    positives: curve.tps[m - 1]!,
    negatives: curve.fps[m - 1]!,
  }
}

/** Outcomes and P(made) of the `n` rows in `indices` that have both, in the indices' order. */
function labelledScores(
  target: Float64Array,
  probability: Float64Array,
  indices: Uint32Array,
  n: number,
): { yTrue: Float64Array; score: Float64Array } {
  const yTrue = new Float64Array(n)
  const score = new Float64Array(n)
  let j = 0
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!
    const y = target[i]!
    const p = probability[i]!
    if (Number.isNaN(y) || Number.isNaN(p)) continue
    yTrue[j] = y
    score[j] = p
    j++
  }
  return { yTrue, score }
}
