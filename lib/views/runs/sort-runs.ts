import { columnValue, type RunColumn } from './run-columns'
import type { RunRecord } from '../../site-data/runs/runs-snapshot-types'

export type SortDirection = 'asc' | 'desc'

export interface RunSort {
  column: RunColumn
  direction: SortDirection
}

/** MLflow's default order: newest run first. */
export const DEFAULT_RUN_SORT: RunSort = {
  column: { kind: 'attribute', key: 'start' },
  direction: 'desc',
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** 0 = a number or text, 1 = NaN, 2 = missing: what sorts last whatever the direction. */
function rank(value: number | string | null): number {
  if (value === null || value === '') return 2
  return typeof value === 'number' && Number.isNaN(value) ? 1 : 0
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1
  const na = Number(a)
  const nb = Number(b)
  if (
    String(a).trim() !== '' &&
    String(b).trim() !== '' &&
    Number.isFinite(na) &&
    Number.isFinite(nb)
  ) {
    return na === nb ? 0 : na < nb ? -1 : 1
  }
  return collator.compare(String(a), String(b))
}

/**
 * Orders two runs by a column: numbers numerically (±Infinity included), numeric params as
 * numbers, text naturally; NaN then missing values last in both directions; ties by name then id.
 */
export function compareRuns(a: RunRecord, b: RunRecord, sort: RunSort): number {
  const va = columnValue(a, sort.column)
  const vb = columnValue(b, sort.column)
  const ra = rank(va)
  const rb = rank(vb)
  if (ra !== rb) return ra - rb
  if (ra === 0) {
    const order = compareValues(va as number | string, vb as number | string)
    if (order !== 0) return sort.direction === 'asc' ? order : -order
  }
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
