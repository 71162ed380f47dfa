import type { AsyncBuffer } from 'hyparquet'
import { ParquetReadError, readParquetSource, type ParquetTable } from '../parquet/parquet-table'
import { JS_ROWS_LIMIT } from '../site-data/predictions/js-rows-limit'
import { sampleRowIndices } from '../site-data/predictions/sample-rows'
import { mountedVolume, VolumeError } from './memory-volume'

/**
 * The most rows of one parquet file the page keeps: the most the build reads in JavaScript
 * (above it the build hands the file to DuckDB, which does not run in the page).
 */
export const PAGE_ROWS_LIMIT = JS_ROWS_LIMIT

/** A file the page read only a sample of: rows kept of rows in the file. */
export interface SampledRead {
  file: string
  kept: number
  rowsInFile: number
}

/** Told after each row group of a file: rows read so far of the file's rows. */
export type ParquetReadProgress = (file: string, rowsRead: number, rowsInFile: number) => void

let progress: ParquetReadProgress = () => {}
const sampled: SampledRead[] = []

/** Where the worker hears about row groups read (one listener: the worker's progress bar). */
export function watchParquetReads(listener: ParquetReadProgress): void {
  progress = listener
}

/** The files read so far that were sampled (each once, in reading order). */
export function sampledReads(): readonly SampledRead[] {
  return sampled
}

/** hyparquet's AsyncBuffer over a file of the mounted volume: File.slice, read when asked. */
function volumeBuffer(path: string, byteLength: number): AsyncBuffer {
  return {
    byteLength,
    async slice(start, end) {
      const bytes = await mountedVolume().read(path, start, end ?? byteLength)
      return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : (bytes.slice().buffer as ArrayBuffer)
    },
  }
}

/**
 * lib/parquet/read-parquet-file.ts for the page's worker: the user's file is never read whole.
 * Its footer, then one row group at a time, are sliced from the File; a file of more than
 * PAGE_ROWS_LIMIT rows keeps only the build's own seeded row sample (sampleRowIndices) of that
 * many rows, and is listed by sampledReads(). Progress is told after each row group.
 */
export async function readParquetFile(
  path: string,
  options: { columns?: string[] } = {},
): Promise<ParquetTable> {
  let size: number
  try {
    const info = mountedVolume().stat(path)
    if (info.kind === 'dir') throw new ParquetReadError(path, 'is a directory, not a parquet file')
    size = info.size
  } catch (error) {
    if (error instanceof VolumeError && error.code === 'ENOENT')
      throw new ParquetReadError(path, 'file not found')
    throw error
  }
  const table = await readParquetSource(volumeBuffer(path, size), path, {
    columns: options.columns,
    keepRows: (rows) => (rows > PAGE_ROWS_LIMIT ? sampleRowIndices(rows, PAGE_ROWS_LIMIT) : null),
    onRowGroup: (read, rows) => progress(path, read, rows),
  })
  if (table.numRows < table.rowsInFile && !sampled.some((s) => s.file === path))
    sampled.push({ file: path, kept: table.numRows, rowsInFile: table.rowsInFile })
  return table
}
