import { loadPredictionsFile } from '../../predictions/load-predictions'
import { integerFeatures } from './column-kinds'
import { chooseEngine, readWithDuckdb } from './duckdb/duckdb-engine'
import type { PredictionsInput } from './predictions-input'

/**
 * Node only. Reads a predictions file once for every builder; an unreadable file becomes an
 * `unreadable` input naming the file and the reason, never an exception. The decoded parquet
 * table is dropped here: only the predictions model and the integer features go on. A source
 * chooseEngine sends to DuckDB (large files, folders, globs, URLs) is aggregated there instead.
 */
export async function readPredictionsInput(source: string): Promise<PredictionsInput> {
  try {
    if ((await chooseEngine(source)) === 'duckdb') return await readWithDuckdb(source)
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
