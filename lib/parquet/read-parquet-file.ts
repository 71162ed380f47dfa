import { readFile } from 'node:fs/promises'
import { ParquetReadError, readParquetBytes, type ParquetTable } from './parquet-table'

/** Reads a parquet file from disk (Node only). A missing file is a ParquetReadError naming it. */
export async function readParquetFile(
  path: string,
  options: { columns?: string[] } = {},
): Promise<ParquetTable> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ParquetReadError(path, 'file not found')
    if (code === 'EISDIR') throw new ParquetReadError(path, 'is a directory, not a parquet file')
    throw new ParquetReadError(path, `cannot read: ${(error as Error).message}`)
  }
  return readParquetBytes(bytes, path, options)
}
