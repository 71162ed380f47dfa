import type { Column } from '../drift/column'
import type { ParquetTable } from '../parquet/parquet-table'
import type { LoadedPredictions } from '../predictions/types'

/**
 * Drift columns for a predictions file, keyed by canonical name, typed as pandas would read the
 * original column (an INT column without nulls stays `int`, so Evidently's rule makes `period`
 * and `playoffs` categorical). Only features the file has.
 */
export function featureDriftColumns(
  loaded: LoadedPredictions,
  table: ParquetTable,
): Record<string, Column> {
  const out: Record<string, Column> = {}
  for (const [key, values] of Object.entries(loaded.data.features)) {
    const original = loaded.report.mapping.features[key] ?? key
    const info = table.columns.find((c) => c.name === original)
    const integerType = info?.physicalType === 'INT32' || info?.physicalType === 'INT64'
    out[key] = integerType && !values.some(Number.isNaN) ? { dtype: 'int', values } : values
  }
  return out
}

/** `prediction_score` (float) and `shot_made_flag` (int when fully labelled) as drift columns. */
export function outputDriftColumns(loaded: LoadedPredictions): Record<string, Column> {
  const out: Record<string, Column> = {}
  if (loaded.data.probability) out.prediction_score = loaded.data.probability
  const labelled = loaded.data.target.filter((v) => !Number.isNaN(v))
  if (labelled.length > 0) out.shot_made_flag = { dtype: 'int', values: labelled }
  return out
}
