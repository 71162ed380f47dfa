import type { CellValue } from '@/lib/parquet/parquet-table'
import { showValue } from './binary-value'
import { readNumericColumn } from './read-numeric-column'

/**
 * The probability column as numbers in [0, 1]. Missing values, NaN, text and values outside
 * [0, 1] become NaN (excluded from probability-based metrics), with a warning naming the column,
 * the first bad value and its row, and how many rows are excluded.
 */
export function readProbabilityColumn(cells: readonly CellValue[], column: string) {
  const { values } = readNumericColumn(cells)
  let invalid = 0
  let first: string | null = null
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    if (value >= 0 && value <= 1) continue
    values[i] = NaN
    invalid++
    first ??= `${showValue(cells[i] ?? null)} at row ${i}`
  }
  const warning = invalid === 0 ? null : probabilityWarning(column, invalid, values.length, first!)
  return { values, invalid, warning }
}

/** The warning for rows without a probability in [0, 1]; `first` is "<value> at row <i>". */
export function probabilityWarning(
  column: string,
  invalid: number,
  rows: number,
  first: string,
): string {
  return `probability column "${column}": ${invalid} of ${rows} rows have no probability in [0, 1] (first: ${first}, counting from 0); they are excluded from probability-based metrics`
}
