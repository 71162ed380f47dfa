import type { DriftRow } from '../../drift/drift-table'
import { outsideSupportShare } from './support-text'

export type DriftSortKey = 'feature' | 'statistic' | 'support'
export type SortDirection = 'ascending' | 'descending'

export interface DriftSort {
  key: DriftSortKey
  direction: SortDirection
}

/** The table's order before the user sorts: the model's feature order. */
export const DEFAULT_DRIFT_SORT: DriftSort = { key: 'feature', direction: 'ascending' }

/**
 * The rows sorted by feature order (as given), statistic, or share outside the dev support; ties
 * keep the given order. Statistics of different tests are compared as numbers, as a user asks.
 */
export function sortDriftRows<T extends DriftRow>(rows: readonly T[], sort: DriftSort): T[] {
  const raw = (row: T, index: number) =>
    sort.key === 'feature'
      ? index
      : sort.key === 'statistic'
        ? row.statistic
        : outsideSupportShare(row)
  // an undefined share (empty sample) sorts as the smallest
  const value = (row: T, index: number) => {
    const v = raw(row, index)
    return Number.isNaN(v) ? -Infinity : v
  }
  const sign = sort.direction === 'ascending' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, value: value(row, index) }))
    .sort((a, b) => sign * (a.value - b.value) || a.index - b.index)
    .map((entry) => entry.row)
}

/** The next sort when a column header is pressed: new key → descending (most drift first), same key → flip. */
export function nextDriftSort(current: DriftSort, key: DriftSortKey): DriftSort {
  if (current.key !== key) {
    return { key, direction: key === 'feature' ? 'ascending' : 'descending' }
  }
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
}
