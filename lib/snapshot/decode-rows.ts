import { readParquetBytes } from '../parquet/parquet-table'
import { loadPredictionsTable } from '../predictions/load-predictions-table'
import type { LoadedPredictions } from '../predictions/types'

/** Decodes a rows file fetched by the browser (or read in a test) into the predictions model. */
export async function decodeRows(bytes: Uint8Array, name: string): Promise<LoadedPredictions> {
  return loadPredictionsTable(await readParquetBytes(bytes, name))
}
