import type { CellValue } from '@/lib/parquet/parquet-table'
import { parseBinary, showValue } from './binary-value'
import { PredictionsError } from './predictions-errors'
import { MISSING_LABEL } from './types'

/**
 * The target as 0/1 with NaN for unlabelled rows. Any other value (2, "maybe") means the column
 * is not a made/missed flag: a PredictionsError names the file, column, value and row.
 */
export function readTargetColumn(values: readonly CellValue[], file: string, column: string) {
  const target = new Float64Array(values.length)
  let labelled = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? null
    const flag = parseBinary(value)
    if (flag === undefined) {
      throw new PredictionsError(
        file,
        `target column "${column}" has value ${showValue(value)} at row ${i} (counting from 0); expected 0, 1 or null. Map the right column with "target" in a mapping file, or set "target": null`,
      )
    }
    if (flag === null) target[i] = NaN
    else {
      target[i] = flag
      labelled++
    }
  }
  return { target, labelled }
}

/** Predicted labels as 0/1, MISSING_LABEL for absent or unreadable values (with a warning). */
export function readLabelColumn(values: readonly CellValue[], column: string) {
  const label = new Uint8Array(values.length)
  let missing = 0
  let unreadable = 0
  let first: string | null = null
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? null
    const flag = parseBinary(value)
    if (flag === 0 || flag === 1) {
      label[i] = flag
      continue
    }
    label[i] = MISSING_LABEL
    if (flag === null) missing++
    else {
      unreadable++
      first ??= `${showValue(value)} at row ${i}`
    }
  }
  return { label, warnings: labelWarnings(column, unreadable, missing, first) }
}

/** Warnings for label values that are not 0/1 (`first`: "<value> at row <i>") and missing ones. */
export function labelWarnings(
  column: string,
  unreadable: number,
  missing: number,
  first: string | null,
): string[] {
  const warnings: string[] = []
  if (unreadable > 0) {
    warnings.push(
      `label column "${column}": ${unreadable} value${unreadable > 1 ? 's are' : ' is'} not 0/1 (first: ${first}, counting from 0), read as no prediction`,
    )
  }
  if (missing > 0) {
    warnings.push(
      `label column "${column}": ${missing} row${missing > 1 ? 's have' : ' has'} no predicted label`,
    )
  }
  return warnings
}
