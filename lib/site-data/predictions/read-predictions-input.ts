import { loadPredictionsFile } from '../../predictions/load-predictions'
import { integerFeatures } from './column-kinds'
import type { PredictionsInput } from './predictions-input'

/**
 * Node only. Reads a predictions file once for every builder; an unreadable file becomes an
 * `unreadable` input naming the file and the reason, never an exception. The decoded parquet
 * table is dropped here: only the predictions model and the integer features go on.
 */
export async function readPredictionsInput(source: string): Promise<PredictionsInput> {
  try {
    const loaded = await loadPredictionsFile(source)
    return {
      status: 'read',
      source,
      predictions: { report: loaded.report, data: loaded.data },
      integerFeatures: integerFeatures(loaded, loaded.table),
    }
  } catch (error) {
    return {
      status: 'unreadable',
      source,
      error: error instanceof Error ? error.message : String(error),
    }
  }
}
