import { INTEGER_CARDINALITY_LIMIT, inferColumnType } from '../../drift/column'
import type { ParquetTable } from '../../parquet/parquet-table'
import type { LoadedPredictions } from '../../predictions/types'
import type { PredictionsInput } from './predictions-input'
import type { SnapshotColumn } from './snapshot-types'

/**
 * The features a file stores as integers (INT32/INT64) without a missing value: what pandas
 * reads as int64, the dtype Evidently's column typing starts from. Node only (it needs the
 * parquet schema); the rest of the site gets the decision, not the schema.
 */
export function integerFeatures(loaded: LoadedPredictions, table: ParquetTable): string[] {
  const out: string[] = []
  for (const [key, values] of Object.entries(loaded.data.features)) {
    const original = loaded.report.mapping.features[key] ?? key
    const info = table.columns.find((c) => c.name === original)
    const integerType = info?.physicalType === 'INT32' || info?.physicalType === 'INT64'
    if (integerType && !values.some(Number.isNaN)) out.push(key)
  }
  return out
}

/** Distinct finite values over both arrays, counting no further than `limit`. */
function distinctFinite(a: Float64Array, b: Float64Array, limit: number): number {
  const seen = new Set<number>()
  for (const values of [a, b]) {
    for (let i = 0; i < values.length && seen.size < limit; i++) {
      const value = values[i]!
      if (Number.isFinite(value)) seen.add(value)
    }
  }
  return seen.size
}

type ReadInput = Extract<PredictionsInput, { status: 'read' }>

/**
 * Each feature both files have, typed once for every drift table of the site (the build's over
 * every row, the browser's over filtered rows): integer when both files store it as pandas
 * int64, and Evidently's kind over dev ∪ prod (float → numerical; integer with at most 10
 * distinct values → categorical, more → numerical).
 */
export function columnKinds(dev: ReadInput, prod: ReadInput): Record<string, SnapshotColumn> {
  const out: Record<string, SnapshotColumn> = {}
  const devData = dev.predictions.data
  const prodData = prod.predictions.data
  for (const [name, devValues] of Object.entries(devData.features)) {
    const prodValues = prodData.features[name]
    if (!prodValues) continue
    const integer = dev.integerFeatures.includes(name) && prod.integerFeatures.includes(name)
    const distinct = integer
      ? distinctFinite(devValues, prodValues, INTEGER_CARDINALITY_LIMIT + 1)
      : Infinity
    out[name] = { kind: inferColumnType(integer ? 'int' : 'float', distinct), integer }
  }
  return out
}
