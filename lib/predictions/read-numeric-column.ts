import type { CellValue } from '@/lib/parquet/parquet-table'
import { showValue } from './binary-value'

export interface NumericColumn {
  values: Float64Array
  /** values that are present but not numbers ("abc"), read as NaN */
  unreadable: number
  /** the first such value and its row, for messages */
  firstUnreadable: string | null
}

/** Numbers as Float64Array: null/NaN → NaN, booleans → 1/0, numeric strings parsed. */
export function readNumericColumn(cells: readonly CellValue[]): NumericColumn {
  const values = new Float64Array(cells.length)
  let unreadable = 0
  let firstUnreadable: string | null = null
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? null
    if (typeof cell === 'number') values[i] = cell
    else if (cell === null) values[i] = NaN
    else if (typeof cell === 'boolean') values[i] = cell ? 1 : 0
    else {
      const parsed = cell.trim() === '' ? NaN : Number(cell)
      values[i] = parsed
      if (Number.isNaN(parsed) && !/^\s*(nan|none|null)?\s*$/i.test(cell)) {
        unreadable++
        firstUnreadable ??= `${showValue(cell)} at row ${i}`
      }
    }
  }
  return { values, unreadable, firstUnreadable }
}
