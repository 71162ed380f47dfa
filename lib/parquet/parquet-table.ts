import { parquetMetadata, parquetRead, parquetSchema, type ColumnData } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'

/** A parquet file or its content could not be read; the message names the file and the value. */
export class ParquetReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`)
    this.name = 'ParquetReadError'
  }
}

export type CellValue = number | string | boolean | null

export interface ParquetColumnInfo {
  name: string
  /** physical type (DOUBLE, FLOAT, INT32, INT64, BYTE_ARRAY, BOOLEAN, …) */
  physicalType: string
  /** logical or converted type when present (STRING, INT_8, DATE, …) */
  logicalType: string | null
}

/** A parquet file decoded into plain columns: numbers instead of BigInt, null for missing. */
export interface ParquetTable {
  file: string
  numRows: number
  /** every column of the file, read or not */
  columns: ParquetColumnInfo[]
  /** the columns that were read (all, or those asked for that exist) */
  data: Record<string, CellValue[]>
}

const MAGIC = 'PAR1'

/** Tells what the first bytes of a file look like, for messages about files that are not parquet. */
export function describeContent(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 40))
  if (bytes.length === 0) return 'the file is empty'
  if (/^[\x20-\x7e\t\r\n]+$/.test(head)) {
    const firstLine = head.split(/\r?\n/)[0] ?? ''
    return firstLine.includes(',')
      ? `it looks like CSV text (starts with "${firstLine.slice(0, 30)}")`
      : `it looks like text (starts with "${firstLine.slice(0, 30)}")`
  }
  return `it starts with bytes ${Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ')}`
}

/**
 * Throws ParquetReadError unless the bytes start and end with the parquet magic "PAR1". A file
 * that starts like parquet but lacks the closing magic was cut short, and is reported as such.
 */
export function assertParquetMagic(bytes: Uint8Array, file: string): void {
  const text = (from: number) => String.fromCharCode(...bytes.subarray(from, from + 4))
  if (bytes.length >= 4 && text(0) === MAGIC) {
    if (bytes.length < 12 || text(bytes.length - 4) !== MAGIC) {
      throw new ParquetReadError(
        file,
        `the file ends before its parquet footer (${bytes.length} bytes): truncated or still being written`,
      )
    }
    return
  }
  throw new ParquetReadError(
    file,
    `not a parquet file (no "PAR1" magic bytes): ${describeContent(bytes)}`,
  )
}

function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value
  if (value instanceof Date) return value.toISOString()
  return String(value)
}

/** Decodes parquet bytes (from a file, a fetch or a test) into a ParquetTable. */
export async function readParquetBytes(
  bytes: Uint8Array,
  file: string,
  options: { columns?: string[] } = {},
): Promise<ParquetTable> {
  assertParquetMagic(bytes, file)
  const buffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer
  let metadata
  try {
    metadata = parquetMetadata(buffer)
  } catch (error) {
    throw new ParquetReadError(file, `unreadable parquet footer: ${(error as Error).message}`)
  }
  const schema = parquetSchema(metadata)
  const columns: ParquetColumnInfo[] = schema.children.map((child) => ({
    name: child.element.name,
    physicalType: child.element.type ?? 'GROUP',
    logicalType: child.element.logical_type?.type ?? child.element.converted_type ?? null,
  }))
  const available = new Set(columns.map((c) => c.name))
  const selected = (options.columns ?? columns.map((c) => c.name)).filter((n) => available.has(n))
  const numRows = Number(metadata.num_rows)
  const data: Record<string, CellValue[]> = {}
  for (const name of selected) data[name] = new Array<CellValue>(numRows).fill(null)
  // Column by column (onChunk), not row objects: about 3x faster on a million rows.
  const place = (chunk: ColumnData) => {
    const target = data[chunk.columnName]
    if (!target) return
    const values = chunk.columnData
    const end = Math.min(chunk.rowEnd, numRows)
    for (let row = chunk.rowStart; row < end; row++)
      target[row] = toCell(values[row - chunk.rowStart])
  }
  try {
    await parquetRead({ file: buffer, metadata, compressors, columns: selected, onChunk: place })
  } catch (error) {
    throw new ParquetReadError(file, `could not decode rows: ${(error as Error).message}`)
  }
  return { file, numRows, columns, data }
}
