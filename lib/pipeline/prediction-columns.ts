import { CONTEXT_KEYS } from '../predictions/types'
import { computedColumn, shotColumns, type OutputColumn } from './output-columns'
import { FILTERED_COLUMNS } from './prepare-data'
import type { ShotTable, TextColumn, NumericColumn } from './raw-columns'

/** Context kept beside each prediction for the dashboard (map, filters, tooltips). */
export const PREDICTION_CONTEXT: readonly (NumericColumn | TextColumn)[] = CONTEXT_KEYS

/**
 * Columns of a predictions file: the seven modelling columns (shot_made_flag null where
 * unknown), prediction_score = P(made), prediction_label = score ≥ threshold (0/1), context.
 */
export function predictionColumns(
  table: ShotTable,
  rows: Uint32Array,
  scores: Float64Array,
  threshold: number,
): OutputColumn[] {
  return [
    ...shotColumns(table, rows, FILTERED_COLUMNS),
    computedColumn('prediction_score', 'DOUBLE', scores),
    computedColumn(
      'prediction_label',
      'INT32',
      scores.map((s) => (s >= threshold ? 1 : 0)),
    ),
    ...shotColumns(table, rows, PREDICTION_CONTEXT),
  ]
}
