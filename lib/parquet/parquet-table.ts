import {
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type AsyncBuffer,
  type ColumnData,
} from 'hyparquet'
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
  assertParquetEnds(
    bytes.subarray(0, 40),
    bytes.subarray(Math.max(0, bytes.length - 4)),
    bytes.length,
    file,
  )
}

/** assertParquetMagic from a file's first (up to 40) and last 4 bytes and its size. */
function assertParquetEnds(head: Uint8Array, tail: Uint8Array, size: number, file: string): void {
  const text = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 4))
  if (size >= 4 && text(head) === MAGIC) {
    if (size < 12 || text(tail) !== MAGIC) {
      throw new ParquetReadError(
        file,
        `the file ends before its parquet footer (${size} bytes): truncated or still being written`,
      )
    }
    return
  }
  throw new ParquetReadError(
    file,
    `not a parquet file (no "PAR1" magic bytes): ${describeContent(head)}`,
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
  options: { columns?: string[]; pause?: () => void | Promise<void> } = {},
): Promise<ParquetTable> {
  const buffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer
  return readParquetSource(buffer, file, options)
}

export interface ParquetSourceOptions {
  columns?: string[]
  /**
   * The rows to keep, ascending, given the file's row count (null: every row). Only those rows
   * are decoded into the table, row group by row group, so a file far larger than what is kept
   * never sits decoded in memory.
   */
  keepRows?: (rowsInFile: number) => Uint32Array | null
  /** told after each row group: rows read so far of the file's rows */
  onRowGroup?: (rowsRead: number, rowsInFile: number) => void
  /**
   * Awaited before each column chunk is decoded: with it the columns of a row group are decoded
   * one at a time, so a caller on the page's main thread can yield between them (the decoded
   * table is the same)
   */
  pause?: () => void | Promise<void>
}

/**
 * Decodes a parquet source (bytes in memory, or hyparquet's AsyncBuffer over a File's slices)
 * into a ParquetTable, one row group at a time: a source backed by File.slice is read lazily,
 * one row group's column chunks at once. `rowsInFile` is the file's row count; with `keepRows`
 * the table holds only the rows kept (numRows = how many).
 */
export async function readParquetSource(
  source: AsyncBuffer,
  file: string,
  options: ParquetSourceOptions = {},
): Promise<ParquetTable & { rowsInFile: number }> {
  const size = source.byteLength
  const head = new Uint8Array(await source.slice(0, Math.min(size, 40)))
  const tail = new Uint8Array(await source.slice(Math.max(0, size - 4), size))
  assertParquetEnds(head, tail, size, file)
  let metadata
  try {
    metadata = await parquetMetadataAsync(source)
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
  const rowsInFile = Number(metadata.num_rows)
  // no column asked for (a schema look): nothing to keep or decode
  const kept = selected.length > 0 ? (options.keepRows?.(rowsInFile) ?? null) : null
  const numRows = kept ? kept.length : rowsInFile
  const data: Record<string, CellValue[]> = {}
  for (const name of selected) data[name] = new Array<CellValue>(numRows).fill(null)
  // Column by column (onChunk), not row objects: about 3x faster on a million rows. `at` is
  // the first kept row at or after the chunk's start (the table's row of file row kept[at]).
  const place = (chunk: ColumnData) => {
    const target = data[chunk.columnName]
    if (!target) return
    const values = chunk.columnData
    const end = Math.min(chunk.rowEnd, rowsInFile)
    if (!kept) {
      for (let row = chunk.rowStart; row < end; row++)
        target[row] = toCell(values[row - chunk.rowStart])
      return
    }
    for (let at = firstAtOrAfter(kept, chunk.rowStart); at < kept.length; at++) {
      const row = kept[at]!
      if (row >= end) break
      target[at] = toCell(values[row - chunk.rowStart])
    }
  }
  try {
    let groupStart = 0
    for (const group of selected.length > 0 ? metadata.row_groups : []) {
      const groupEnd = groupStart + Number(group.num_rows)
      const wanted = !kept || firstAtOrAfter(kept, groupStart) < firstAtOrAfter(kept, groupEnd)
      if (wanted && groupEnd > groupStart) {
        const { pause } = options
        // with a pause: one column chunk per read, the pause before each
        for (const columns of pause ? selected.map((name) => [name]) : [selected]) {
          await pause?.()
          await parquetRead({
            file: source,
            metadata,
            compressors,
            columns,
            rowStart: groupStart,
            rowEnd: groupEnd,
            onChunk: place,
          })
        }
      }
      groupStart = groupEnd
      options.onRowGroup?.(groupStart, rowsInFile)
    }
  } catch (error) {
    throw new ParquetReadError(file, `could not decode rows: ${(error as Error).message}`)
  }
  return { file, numRows, columns, data, rowsInFile }
}

/** The index of the first value of ascending `sorted` at or after `value`. */
function firstAtOrAfter(sorted: Uint32Array, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
