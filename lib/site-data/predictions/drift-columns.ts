import type { Column } from '../../drift/column'
import type { PredictionsData } from '../../predictions/types'
import type { SnapshotColumn } from './snapshot-types'

/** One dataset as a drift table reads it: its rows, and the ones kept (null: every row). */
export interface DriftSide {
  data: PredictionsData
  /** rows passing the filters, as indices into data's arrays; null keeps every row */
  indices: Uint32Array | null
}

/** The values of `values` at `indices`, in order. */
export function pickRows(values: Float64Array, indices: Uint32Array): Float64Array {
  const out = new Float64Array(indices.length)
  for (let i = 0; i < indices.length; i++) out[i] = values[indices[i]!]!
  return out
}

const kept = (values: Float64Array, indices: Uint32Array | null) =>
  indices ? pickRows(values, indices) : values

/** The kept rows of each feature in `columns`, typed for computeDriftTable. */
export function featureColumnsFromRows(
  side: DriftSide,
  columns: Readonly<Record<string, SnapshotColumn>>,
): Record<string, Column> {
  const out: Record<string, Column> = {}
  for (const [name, column] of Object.entries(columns)) {
    const values = side.data.features[name]
    if (!values) continue
    const picked = kept(values, side.indices)
    out[name] = column.integer ? { dtype: 'int', values: picked } : picked
  }
  return out
}

/**
 * `prediction_score` (float, when the file has a probability) and `shot_made_flag` (int,
 * labelled rows only, when any) of the kept rows.
 */
export function outputColumnsFromRows(side: DriftSide): Record<string, Column> {
  const out: Record<string, Column> = {}
  const { data, indices } = side
  if (data.probability) out.prediction_score = kept(data.probability, indices)
  const labelled = kept(data.target, indices).filter((value) => !Number.isNaN(value))
  if (labelled.length > 0) out.shot_made_flag = { dtype: 'int', values: labelled }
  return out
}
