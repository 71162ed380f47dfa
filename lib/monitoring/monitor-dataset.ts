import type { Column } from '../drift/column'
import type { DriftCell } from '../drift/prepared-sample'
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
  // plain loops: Float64Array.from / Array.from with a mapping callback cost several times more
  // per row, and a chunk subsets every column of up to a million rows
  const n = indices.length
  const out: Record<string, Column> = {}
  for (const [name, column] of Object.entries(columns)) {
    if (column instanceof Float64Array) {
      const subset = new Float64Array(n)
      for (let k = 0; k < n; k++) subset[k] = column[indices[k]!]!
      out[name] = subset
    } else {
      const values = column.values
      const subset: DriftCell[] = []
      for (let k = 0; k < n; k++) subset.push(values[indices[k]!]!)
      out[name] = { dtype: column.dtype, values: subset }
    }
  }
  return out
}
