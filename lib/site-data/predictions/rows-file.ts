import { parquetWriteBuffer } from 'hyparquet-writer'
import type { ColumnSource } from 'hyparquet-writer'
import { CONTEXT_KEYS, FEATURE_KEYS, type PredictionsData } from '../../predictions/types'

/**
 * The compact rows file the browser decodes: canonical column names (our own predictions
 * convention, so `loadPredictionsTable` reads it back as it reads any file), only the columns
 * the views use, integers as INT32. Returns the parquet bytes.
 */
export function writeRowsParquet(data: PredictionsData, indices: Uint32Array): Uint8Array {
  const columns: ColumnSource[] = []
  const pick = (values: ArrayLike<number>) => Array.from(indices, (i) => values[i]!)
  const nullable = (values: number[]) => values.map((v) => (Number.isNaN(v) ? null : v))
  const numeric = (name: string, values: ArrayLike<number>, integer: boolean) => {
    const picked = nullable(pick(values))
    columns.push({ name, data: picked, type: integer ? 'INT32' : 'DOUBLE' })
  }
  numeric('shot_made_flag', data.target, true)
  if (data.probability) numeric('prediction_score', data.probability, false)
  for (const key of FEATURE_KEYS) {
    const values = data.features[key]
    if (values) numeric(key, values, key !== 'lat' && key !== 'lng' && allIntegers(values))
  }
  for (const key of CONTEXT_KEYS) {
    const values = data.context[key]
    if (!values) continue
    const picked = Array.from(indices, (i) => values[i] ?? null)
    if (picked.every((v) => v === null || typeof v === 'number')) {
      const asNumbers = picked as (number | null)[]
      const integer = asNumbers.every((v) => v === null || Number.isInteger(v))
      columns.push({ name: key, data: asNumbers, type: integer ? 'INT32' : 'DOUBLE' })
    } else {
      columns.push({
        name: key,
        data: picked.map((v) => (v === null ? null : String(v))),
        type: 'STRING',
      })
    }
  }
  return new Uint8Array(parquetWriteBuffer({ columnData: columns }))
}

function allIntegers(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    if (!Number.isNaN(v) && !Number.isInteger(v)) return false
  }
  return true
}
