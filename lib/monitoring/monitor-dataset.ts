import type { Column } from '../drift/column'
import type { LoadedPredictions } from '../predictions/types'
import { featureColumnsFromRows } from '../site-data/predictions/drift-columns'
import type { SnapshotColumn } from '../site-data/predictions/snapshot-types'

/** One side (dev or prod) as monitoring reads it: a predictions file already mapped. */
export interface MonitorDataset {
  name: string
  file: string
  rows: number
  /** 0/1, NaN = unlabelled */
  target: Float64Array
  /** P(made), NaN = missing score; all NaN when the file has no probability column */
  probability: Float64Array
  hasProbability: boolean
  /** model features as drift columns (typed as pandas reads them) */
  columns: Record<string, Column>
  /** features and context, for slices and chunks */
  context: Record<string, ArrayLike<string | number | null>>
}

/**
 * The monitoring view of a loaded predictions file. `kinds` are the site's column kinds
 * (lib/site-data/predictions/column-kinds, decided once over dev ∪ prod), so monitoring types
 * each feature exactly as the dashboard's drift tables do.
 */
export function monitorDataset(
  name: string,
  loaded: LoadedPredictions,
  kinds: Readonly<Record<string, SnapshotColumn>>,
): MonitorDataset {
  const { data, report } = loaded
  const rows = report.rows
  return {
    name,
    file: report.file,
    rows,
    target: data.target,
    probability: data.probability ?? new Float64Array(rows).fill(NaN),
    hasProbability: data.probability !== null,
    columns: featureColumnsFromRows({ data: loaded.data, indices: null }, kinds),
    context: { ...data.features, ...data.context },
  }
}

/** The drift columns restricted to `indices`, keeping each column's dtype. */
export function subsetColumns(
  columns: Record<string, Column>,
  indices: ArrayLike<number>,
): Record<string, Column> {
  const out: Record<string, Column> = {}
  for (const [name, column] of Object.entries(columns)) {
    if (column instanceof Float64Array) {
      out[name] = Float64Array.from({ length: indices.length }, (_, k) => column[indices[k]!]!)
    } else {
      const values = column.values
      out[name] = {
        dtype: column.dtype,
        values: Array.from({ length: indices.length }, (_, k) => values[indices[k]!]!),
      }
    }
  }
  return out
}
