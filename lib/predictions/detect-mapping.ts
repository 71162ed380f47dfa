import type { ParquetColumnInfo } from '@/lib/parquet/parquet-table'
import { conventionFromName } from './column-conventions'
import { describeMapping } from './describe-mapping'
import { matchColumns } from './match-columns'
import type { DetectedMapping } from './types'

/**
 * Recognises the columns of a predictions file from their names alone (no values read): target,
 * probability, predicted label, features and context, with sentences for the report.
 */
export function detectMapping(columns: readonly ParquetColumnInfo[]): DetectedMapping {
  const { mapping, warnings } = matchColumns(columns)
  const description = describeMapping(columns, mapping)
  return {
    mapping,
    convention: conventionFromName(mapping.probability, mapping.label),
    detected: description.detected,
    missing: description.missing,
    warnings: [...warnings, ...description.warnings],
  }
}
