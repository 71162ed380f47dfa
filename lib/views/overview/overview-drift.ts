import type { DriftTable } from '../../drift/drift-table'
import type { SnapshotColumn } from '../../site-data/predictions/snapshot-types'
import { filteredDrift, type FilteredSide } from '../drift/filtered-drift'

/**
 * The drift table behind the verdict: the build's (every row, exact) when no row is filtered
 * out, else recomputed on the filtered rows with the same function and column kinds.
 */
export type OverviewDrift =
  | { status: 'ready'; source: 'build' | 'filtered'; table: DriftTable }
  /** no table: a dataset is missing from the build, or the filters leave one side empty */
  | { status: 'none'; reason: 'noBuildDrift' | 'emptyDev' | 'emptyProd' }
  | { status: 'error'; message: string }

const everyRow = (side: FilteredSide) => side.indices.length === side.data.target.length

export function overviewDrift(
  buildDrift: DriftTable | null,
  columns: Readonly<Record<string, SnapshotColumn>>,
  dev: FilteredSide | null,
  prod: FilteredSide | null,
): OverviewDrift {
  if (buildDrift === null || dev === null || prod === null) {
    return { status: 'none', reason: 'noBuildDrift' }
  }
  if (everyRow(dev) && everyRow(prod))
    return { status: 'ready', source: 'build', table: buildDrift }
  const result = filteredDrift(dev, prod, columns)
  if (result.status === 'ready') return { status: 'ready', source: 'filtered', table: result.drift }
  if (result.status === 'empty') {
    return { status: 'none', reason: result.side === 'dev' ? 'emptyDev' : 'emptyProd' }
  }
  return { status: 'error', message: result.message }
}
