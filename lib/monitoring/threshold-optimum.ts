import { binaryClfCurve, type BinaryClfCurve } from '../metrics/binary-clf-curve'
import type { ConfusionCounts } from '../metrics/confusion-matrix'
import { asReason, explain, reason, type Explained, type Reason } from './reason'

/** Value (benefit positive, cost negative) of one prediction in each cell of the 2x2 matrix. */
export interface ValueMatrix {
  tp: number
  fp: number
  tn: number
  fn: number
}

/** A default that a user edits: a made shot found is worth 1, a false alarm costs 1. */
export const DEFAULT_VALUE_MATRIX: ValueMatrix = { tp: 1, fp: -1, tn: 0, fn: 0 }

export interface ThresholdChoice {
  /** predict 1 when score >= threshold */
  threshold: number
  /** the objective at that threshold (F1, J, or total value) */
  value: number
  confusion: ConfusionCounts
}

export interface ThresholdOptima {
  rows: number
  f1: ThresholdChoice | null
  youden: ThresholdChoice | null
  value: (ThresholdChoice & { perRow: number }) | null
  valueMatrix: ValueMatrix
  /** why a choice is null (no labelled row, one class), in English; `reasons` coded */
  unavailable: Record<string, string>
  reasons?: Record<string, Reason>
}

/**
 * The thresholds that maximise F1, Youden's J (TPR − FPR) and the total value under a 2x2
 * value matrix, exact over every distinct score (the cut `score >= s` for each score s, from
 * lib/metrics/binary-clf-curve). Ties keep the highest threshold. `what` names the data in the
 * sentences that explain a missing choice. `curve`, when the caller has it already (the
 * dashboard reads it from a score ranking), is `binaryClfCurve(yTrue, score)`: no sort then.
 */
export function thresholdOptima(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
  valueMatrix: ValueMatrix = DEFAULT_VALUE_MATRIX,
  subject: string | Reason = 'the data',
  curve?: BinaryClfCurve,
): ThresholdOptima {
  const what = asReason(subject)
  const rows = yTrue.length
  const missing: Explained = { unavailable: {}, reasons: {} }
  if (rows === 0) {
    const why = reason('threshold.noLabelled', { what })
    for (const key of ['f1', 'youden', 'value']) explain(missing, key, why)
    return { rows, f1: null, youden: null, value: null, valueMatrix, ...missing }
  }
  const { fps, tps, thresholds } = curve ?? binaryClfCurve(yTrue, score)
  const m = thresholds.length
  const P = tps[m - 1]!
  const N = fps[m - 1]!
  let f1: ThresholdChoice | null = null
  let youden: ThresholdChoice | null = null
  let value: ThresholdChoice | null = null
  for (let k = 0; k < m; k++) {
    const tp = tps[k]!
    const fp = fps[k]!
    const confusion = { tp, fp, tn: N - fp, fn: P - tp }
    const threshold = thresholds[k]!
    const f = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + (P - tp))
    if (P > 0 && (!f1 || f > f1.value)) f1 = { threshold, value: f, confusion }
    if (P > 0 && N > 0) {
      const j = tp / P - fp / N
      if (!youden || j > youden.value) youden = { threshold, value: j, confusion }
    }
    const v =
      valueMatrix.tp * tp +
      valueMatrix.fp * fp +
      valueMatrix.tn * confusion.tn +
      valueMatrix.fn * confusion.fn
    if (!value || v > value.value) value = { threshold, value: v, confusion }
  }
  if (P === 0) explain(missing, 'f1', reason('threshold.f1Zero', { what }))
  if (P === 0 || N === 0) {
    explain(
      missing,
      'youden',
      reason('threshold.youdenOneClass', { what, cls: P === 0 ? '0' : '1' }),
    )
  }
  return {
    rows,
    f1,
    youden,
    value: value && { ...value, perRow: value.value / rows },
    valueMatrix,
    ...missing,
  }
}
