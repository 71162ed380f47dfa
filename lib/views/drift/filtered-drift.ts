import type { DriftTable } from '../../drift/drift-table'
import type { DriftSide } from '../../site-data/predictions/drift-columns'
import { featureDrift, outputDrift } from '../../site-data/predictions/predictions-drift'
import type { SnapshotColumn } from '../../site-data/predictions/snapshot-types'

export type FilteredDrift =
  | { status: 'ready'; drift: DriftTable; outputDrift: DriftTable | null }
  /** no row of that dataset passes the filters: nothing to compare */
  | { status: 'empty'; side: 'dev' | 'prod' }
  | { status: 'error'; message: string }

/** A dataset with the rows its filters keep. */
export type FilteredSide = DriftSide & { indices: Uint32Array }

/**
 * The feature drift table and the output drift table (prediction_score, shot_made_flag) of the
 * filtered dev (reference) and prod (current) rows: the build's functions and column kinds, run
 * in the browser on a filtered selection. Bad input becomes an error sentence, never an
 * exception.
 */
export function filteredDrift(
  dev: FilteredSide,
  prod: FilteredSide,
  columns: Readonly<Record<string, SnapshotColumn>>,
): FilteredDrift {
  if (dev.indices.length === 0) return { status: 'empty', side: 'dev' }
  if (prod.indices.length === 0) return { status: 'empty', side: 'prod' }
  try {
    return {
      status: 'ready',
      drift: featureDrift(dev, prod, columns),
      outputDrift: outputDrift(dev, prod),
    }
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}
