import type { ColumnType } from './column'
import type { DriftMethod } from './drift-methods'

/** Evidently switches from p-value tests to distances above this many reference rows. */
export const LARGE_REFERENCE_ROWS = 1000

/**
 * Evidently's default test (`_get_default_stattest`), from the cleaned reference size, the column
 * type and the number of distinct values over ref ∪ cur:
 * - reference > 1000 rows: numerical with > 5 values → normed Wasserstein; otherwise Jensen-Shannon;
 * - reference <= 1000 rows: numerical with > 5 values → KS; numerical with 3-5 values or
 *   categorical with > 2 → chi-square; <= 2 values → z-test.
 */
export function selectDefaultMethod(
  referenceRows: number,
  columnType: ColumnType,
  distinct: number,
): DriftMethod {
  if (referenceRows > LARGE_REFERENCE_ROWS) {
    return columnType === 'numerical' && distinct > 5 ? 'wasserstein' : 'jensenshannon'
  }
  if (columnType === 'numerical' && distinct > 5) return 'ks'
  return distinct > 2 ? 'chisquare' : 'z'
}
