import type { CellValue } from '@/lib/parquet/parquet-table'

export const ONE_WORDS = new Set(['1', '1.0', 'true', 'yes', 'made'])
export const ZERO_WORDS = new Set(['0', '0.0', 'false', 'no', 'missed'])

/**
 * Reads a made/missed value as people store it: 0/1 (int or float), a boolean, or a string
 * ("1", "0.0", "True", "made", "missed"…, case-insensitive). Returns null for a missing value
 * (null, NaN, empty string) and undefined for anything else (2, "maybe").
 */
export function parseBinary(value: CellValue): 0 | 1 | null | undefined {
  if (value === null) return null
  if (typeof value === 'number') {
    if (value === 1) return 1
    if (value === 0) return 0
    return Number.isNaN(value) ? null : undefined
  }
  if (typeof value === 'boolean') return value ? 1 : 0
  const text = value.trim().toLowerCase()
  if (ONE_WORDS.has(text)) return 1
  if (ZERO_WORDS.has(text)) return 0
  return text === '' || text === 'nan' || text === 'none' ? null : undefined
}

/** A value for a message: strings quoted, numbers as written. */
export function showValue(value: CellValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

/**
 * Which of a classifier's classes is a made shot: the one parseBinary reads as 1 (1, "1", true,
 * "yes", "made", case-insensitive); -1 when none is.
 */
export function positiveClassIndex(classes: readonly (number | string | boolean)[]): number {
  return classes.findIndex((c) => parseBinary(c) === 1)
}
