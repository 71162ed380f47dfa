import { FEATURES } from '@/lib/model/features'
import type { ShotTable } from './raw-columns'

/** The six feature columns and the label of the given rows, ready for fitting and scoring. */
export interface FeatureMatrix {
  columns: Float64Array[]
  byName: Record<string, Float64Array>
  /** shot_made_flag, NaN where unknown */
  y: Float64Array
}

export function featureMatrix(table: ShotTable, rows: Uint32Array): FeatureMatrix {
  const pick = (values: Float64Array) => Float64Array.from(rows, (i) => values[i]!)
  const columns = FEATURES.map((f) => pick(table.numeric[f]))
  return {
    columns,
    byName: Object.fromEntries(FEATURES.map((f, j) => [f, columns[j]!])),
    y: pick(table.numeric.shot_made_flag),
  }
}
