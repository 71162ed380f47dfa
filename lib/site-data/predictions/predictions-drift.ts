import { computeDriftTable, type DriftTable } from '../../drift/drift-table'
import { featureColumnsFromRows, outputColumnsFromRows, type DriftSide } from './drift-columns'
import type { SnapshotColumn } from './snapshot-types'

/**
 * Dev (reference) vs prod (current) on the model's features, with Evidently's defaults and the
 * column kinds the build decided once (`snapshot.columns`). The build runs it on every row, the
 * browser on the rows its filters keep: one rule, whoever computes. Throws DriftInputError on
 * bad input.
 */
export function featureDrift(
  dev: DriftSide,
  prod: DriftSide,
  columns: Readonly<Record<string, SnapshotColumn>>,
): DriftTable {
  const names = Object.keys(columns)
  const columnTypes = Object.fromEntries(names.map((name) => [name, columns[name]!.kind]))
  return computeDriftTable(
    featureColumnsFromRows(dev, columns),
    featureColumnsFromRows(prod, columns),
    { columns: names, columnTypes },
  )
}

/**
 * Drift of the model output and the target (`prediction_score`, `shot_made_flag`), columns both
 * sides have; not counted in the dataset verdict. Null when they share none.
 */
export function outputDrift(dev: DriftSide, prod: DriftSide): DriftTable | null {
  const ref = outputColumnsFromRows(dev)
  const cur = outputColumnsFromRows(prod)
  const columns = Object.keys(ref).filter((name) => name in cur)
  return columns.length > 0 ? computeDriftTable(ref, cur, { columns }) : null
}
