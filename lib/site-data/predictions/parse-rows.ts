import { readParquetBytes } from '../../parquet/parquet-table'
import { loadPredictionsTable } from '../../predictions/load-predictions-table'
import type { LoadedPredictions } from '../../predictions/types'

/**
 * A rows file (`data/rows-{dev,prod}.parquet`, fetched by the browser or read in a test) → the
 * predictions model. The rows file uses our own column convention, so the same loader that
 * recognises any predictions file reads it back.
 */
export async function parseRows(bytes: Uint8Array, file: string): Promise<LoadedPredictions> {
  return loadPredictionsTable(await readParquetBytes(bytes, file))
}
