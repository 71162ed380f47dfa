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
  // the best row of the curve for each objective; the choices (with their confusion) are made
  // once at the end, not an object per distinct score
  let f1At = -1
  let f1Best = -Infinity
  let youdenAt = -1
  let youdenBest = -Infinity
  let valueAt = -1
  let valueBest = -Infinity
  for (let k = 0; k < m; k++) {
    const tp = tps[k]!
    const fp = fps[k]!
    const f = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + (P - tp))
    if (P > 0 && (f1At < 0 || f > f1Best)) {
      f1At = k
      f1Best = f
    }
    if (P > 0 && N > 0) {
      const j = tp / P - fp / N
      if (youdenAt < 0 || j > youdenBest) {
        youdenAt = k
        youdenBest = j
      }
    }
    const v =
      valueMatrix.tp * tp +
      valueMatrix.fp * fp +
      valueMatrix.tn * (N - fp) +
      valueMatrix.fn * (P - tp)
    if (valueAt < 0 || v > valueBest) {
      valueAt = k
      valueBest = v
    }
  }
  const choice = (k: number, value: number): ThresholdChoice | null =>
    k < 0
      ? null
      : {
          threshold: thresholds[k]!,
          value,
          confusion: { tp: tps[k]!, fp: fps[k]!, tn: N - fps[k]!, fn: P - tps[k]! },
        }
  const f1 = choice(f1At, f1Best)
  const youden = choice(youdenAt, youdenBest)
  const value = choice(valueAt, valueBest)
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
