import { stat } from 'node:fs/promises'
import { readParquetFile } from '../../parquet/read-parquet-file'
import { findMappingFile } from '../../predictions/load-predictions'
import {
  namedLikePredictions,
  predictionsSide,
  type PredictionsSide,
} from '../../predictions/predictions-file-names'
import { resolveMapping } from '../../predictions/resolve-mapping'

/** The run that logged a predictions file as an artifact. */
export interface CandidateRun {
  id: string
  name: string
  status: string
  experimentId: string
  /** ms since the epoch; null while running or unrecorded */
  endTime: number | null
  /** the model the run trained (a `model`/`model_type`/`estimator` param or tag), else null */
  model: string | null
  /** the store holding the run (folder or database file) */
  store: string
}

/** A parquet file that may hold predictions, with what its footer and name say. */
export interface PredictionsCandidate {
  file: string
  /** dev (reference) or prod, from the file's name or folders; null when neither is named */
  side: PredictionsSide | null
  /** it has a probability or a predicted-label column (by name, or by its mapping file) */
  hasOutput: boolean
  /** its name says predictions (predicoes, previsoes, resultado, scores…) */
  namedLikePredictions: boolean
  rows: number
  /** the run that logged it; null for a file of the project itself */
  run: CandidateRun | null
  /** the run's end time, else the file's modification time (ms since the epoch) */
  date: number | null
}

/**
 * Reads a parquet file's footer only (no column is decoded) and says whether it holds model
 * output, applying a mapping file beside it. Throws ParquetReadError/MappingError naming the file.
 */
export async function describeCandidate(
  file: string,
  relativePath: string,
  run: CandidateRun | null,
): Promise<PredictionsCandidate> {
  const table = await readParquetFile(file, { columns: [] })
  const mappingFile = (await findMappingFile(file)) ?? undefined
  const { mapping } = resolveMapping(table.columns, file, { mappingFile })
  const mtime = (await stat(file).catch(() => null))?.mtimeMs ?? null
  return {
    file,
    side: predictionsSide(relativePath),
    hasOutput: mapping.probability !== null || mapping.label !== null,
    namedLikePredictions: namedLikePredictions(relativePath),
    rows: table.numRows,
    run,
    date: run?.endTime ?? (mtime === null ? null : Math.round(mtime)),
  }
}
