import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ParquetTable } from '@/lib/parquet/parquet-table'
import { readParquetFile } from '@/lib/parquet/read-parquet-file'
import { loadPredictionsTable } from './load-predictions-table'
import { MappingError } from './predictions-errors'
import type { LoadPredictionsOptions, LoadedPredictions } from './types'

export { detectMapping } from './detect-mapping'
export { loadPredictionsTable } from './load-predictions-table'
export type * from './types'

/**
 * Where a mapping file for `path` may sit, most specific first: `preds.parquet.mapping.json`,
 * `preds.mapping.json`, then `predictions.mapping.json` for every file of the folder.
 */
export function mappingFileCandidates(path: string): string[] {
  const folder = dirname(path)
  const stem = basename(path).replace(/\.parquet$/i, '')
  return [
    `${path}.mapping.json`,
    join(folder, `${stem}.mapping.json`),
    join(folder, 'predictions.mapping.json'),
  ]
}

/** Reads the first mapping file that exists beside `path`, or returns null. */
export async function findMappingFile(
  path: string,
): Promise<{ path: string; text: string } | null> {
  for (const candidate of new Set(mappingFileCandidates(path))) {
    try {
      return { path: candidate, text: await readFile(candidate, 'utf8') }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') continue
      throw new MappingError(candidate, '', `cannot read: ${(error as Error).message}`)
    }
  }
  return null
}

/**
 * Reads a predictions parquet file (Node only) and maps it onto the predictions model, using a
 * mapping file beside it when there is one; options.mapping wins over that file. A file that is
 * missing, empty or not parquet is a ParquetReadError naming it. The decoded table comes along
 * (column types, raw values).
 */
export async function loadPredictionsFile(
  path: string,
  options: LoadPredictionsOptions = {},
): Promise<LoadedPredictions & { table: ParquetTable }> {
  const table = await readParquetFile(path)
  const mappingFile = options.mappingFile ?? (await findMappingFile(path)) ?? undefined
  const loaded = loadPredictionsTable(table, { ...options, mappingFile })
  if (mappingFile) loaded.report.detected.unshift(`mapping file: ${mappingFile.path}`)
  return { ...loaded, table }
}
