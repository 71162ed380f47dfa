import { computeDriftTable, type DriftTable } from '../../drift/drift-table'
import type { PredictionsData } from '../../predictions/types'
import { featureColumnsFromRows, outputColumnsFromRows } from './drift-columns-from-rows'

export type FilteredDrift =
  | { status: 'ready'; drift: DriftTable; outputDrift: DriftTable | null }
  /** no row of that dataset passes the filters: nothing to compare */
  | { status: 'empty'; side: 'dev' | 'prod' }
  | { status: 'error'; message: string }

export interface DriftSide {
  data: PredictionsData
  /** rows passing the filters */
  indices: Uint32Array
}

/**
 * The feature drift table and the output drift table (prediction_score, shot_made_flag) of the
 * filtered dev (reference) and prod (current) rows, with Evidently's defaults: what the build
 * computes for all rows, recomputed in the browser for a filtered selection. Bad input becomes
 * an error sentence, never an exception.
 */
export function filteredDrift(
  dev: DriftSide,
  prod: DriftSide,
  dtypes: Readonly<Record<string, 'int' | 'float'>>,
): FilteredDrift {
  if (dev.indices.length === 0) return { status: 'empty', side: 'dev' }
  if (prod.indices.length === 0) return { status: 'empty', side: 'prod' }
  try {
    const drift = computeDriftTable(
      featureColumnsFromRows(dev.data, dev.indices, dtypes),
      featureColumnsFromRows(prod.data, prod.indices, dtypes),
    )
    const ref = outputColumnsFromRows(dev.data, dev.indices)
    const cur = outputColumnsFromRows(prod.data, prod.indices)
    const columns = Object.keys(ref).filter((name) => name in cur)
    const outputDrift = columns.length > 0 ? computeDriftTable(ref, cur, { columns }) : null
    return { status: 'ready', drift, outputDrift }
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}
