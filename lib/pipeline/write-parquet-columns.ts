import { parquetWriteBuffer } from 'hyparquet-writer'
import type { OutputColumn } from './output-columns'
import { writeFileAtomic } from './write-file-atomic'

/**
 * Serialises columns to parquet bytes (snappy, one row group per 100k rows). The bytes depend
 * only on the data, so the same seed gives byte-identical files.
 */
export function parquetBytes(columns: readonly OutputColumn[]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c) => ({ name: c.name, type: c.type, data: c.data })),
    rowGroupSize: 100_000,
    createdBy: 'kobe-monitor pipeline (hyparquet-writer)',
  })
  return new Uint8Array(buffer)
}

/** Writes the columns to `file` through a temporary file and a rename. */
export async function writeParquetColumns(
  file: string,
  columns: readonly OutputColumn[],
): Promise<void> {
  await writeFileAtomic(file, parquetBytes(columns))
}
