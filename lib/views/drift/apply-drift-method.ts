import { DRIFT_METHODS, driftRule, isDrifted, type DriftMethod } from '../../drift/drift-methods'
import {
  alternativeStatistic,
  type DatasetDriftVerdict,
  type DriftRow,
  type DriftTable,
} from '../../drift/drift-table'
import type { DriftMethodChoice } from './drift-method-choice'

export interface ViewDriftRow extends DriftRow {
  /** the chosen method needs a numerical column, so this row keeps Evidently's automatic test */
  keptAuto: boolean
}

export interface ViewDriftTable {
  choice: DriftMethodChoice
  rows: ViewDriftRow[]
  skipped: DriftTable['skipped']
  dataset: DatasetDriftVerdict
}

function rechecked(row: DriftRow, method: DriftMethod): ViewDriftRow {
  const info = DRIFT_METHODS[method]
  const statistic = alternativeStatistic(row.alternatives, method)
  if (statistic === null || (info.numericalOnly && row.type !== 'numerical')) {
    return { ...row, keptAuto: true }
  }
  const threshold = info.defaultThreshold
  return {
    ...row,
    keptAuto: false,
    method,
    methodLabel: info.label,
    statistic,
    threshold,
    direction: info.direction,
    rule: driftRule(method, threshold),
    drifted: isDrifted(method, statistic, threshold),
  }
}

/**
 * The drift table with every column tested by `choice` at that test's default threshold, as
 * `computeDriftTable(…, { methods })` would give, without recomputing: the statistics are the
 * row's alternatives (same binning). K-S and Wasserstein need a numerical column (Evidently's
 * `num_method`): categorical columns keep their automatic test and say so (`keptAuto`). The
 * dataset verdict is recounted with the table's drift share.
 */
export function applyDriftMethod(table: DriftTable, choice: DriftMethodChoice): ViewDriftTable {
  const rows =
    choice === 'auto'
      ? table.rows.map((row) => ({ ...row, keptAuto: false }))
      : table.rows.map((row) => rechecked(row, choice))
  const driftedCount = rows.filter((row) => row.drifted).length
  const share = rows.length ? driftedCount / rows.length : 0
  const { driftShare } = table.dataset
  return {
    choice,
    rows,
    skipped: table.skipped,
    dataset: {
      driftedCount,
      columnCount: rows.length,
      share,
      driftShare,
      datasetDrift: rows.length > 0 && share >= driftShare,
    },
  }
}
