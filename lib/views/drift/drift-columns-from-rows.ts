import type { Column, ColumnDtype } from '../../drift/column'
import type { PredictionsData } from '../../predictions/types'

/** The values of `values` at `indices`, in order. */
export function pickRows(values: Float64Array, indices: Uint32Array): Float64Array {
  const out = new Float64Array(indices.length)
  for (let i = 0; i < indices.length; i++) out[i] = values[indices[i]!]!
  return out
}

/** True when every value is a finite integer (a NaN means pandas stores the column as float). */
export function isIntegerValued(values: Float64Array): boolean {
  for (const value of values) if (!Number.isInteger(value)) return false
  return true
}

/**
 * The pandas dtype of each feature, as Evidently's column typing needs it: the build's dtype
 * (read from the parquet's physical type) when it says `int` and every dev and prod value is an
 * integer; otherwise `int` exactly when the build has no word on the column and all its values are
 * integers; `float` else. The browser's rows are all Float64Array, so this is decided once.
 */
export function featureDtypes(
  dev: PredictionsData,
  prod: PredictionsData,
  buildDtypes: Readonly<Record<string, ColumnDtype>>,
): Record<string, 'int' | 'float'> {
  const out: Record<string, 'int' | 'float'> = {}
  for (const [name, devValues] of Object.entries(dev.features)) {
    const prodValues = prod.features[name]
    if (!prodValues) continue
    const integers = isIntegerValued(devValues) && isIntegerValued(prodValues)
    const declared = buildDtypes[name]
    out[name] = integers && (declared === undefined || declared === 'int') ? 'int' : 'float'
  }
  return out
}

/** The filtered rows of each feature both files have, typed for computeDriftTable. */
export function featureColumnsFromRows(
  data: PredictionsData,
  indices: Uint32Array,
  dtypes: Readonly<Record<string, 'int' | 'float'>>,
): Record<string, Column> {
  const out: Record<string, Column> = {}
  for (const [name, dtype] of Object.entries(dtypes)) {
    const values = data.features[name]
    if (!values) continue
    const picked = pickRows(values, indices)
    out[name] = dtype === 'int' ? { dtype: 'int', values: picked } : picked
  }
  return out
}

/**
 * `prediction_score` (float, when the file has a probability) and `shot_made_flag` (int, labelled
 * rows only, when any) of the filtered rows, as the build's output drift uses them.
 */
export function outputColumnsFromRows(
  data: PredictionsData,
  indices: Uint32Array,
): Record<string, Column> {
  const out: Record<string, Column> = {}
  if (data.probability) out.prediction_score = pickRows(data.probability, indices)
  const labelled = pickRows(data.target, indices).filter((value) => !Number.isNaN(value))
  if (labelled.length > 0) out.shot_made_flag = { dtype: 'int', values: labelled }
  return out
}
