import { readParquetFile } from '@/lib/parquet/read-parquet-file'
import { ParquetReadError, type CellValue } from '@/lib/parquet/parquet-table'
import { PipelineInputError } from './pipeline-input-error'
import {
  RAW_COLUMNS,
  type NumericColumn,
  type RawColumnSpec,
  type ShotTable,
  type TextColumn,
} from './raw-columns'

function show(value: CellValue): string {
  return typeof value === 'string'
    ? `the string "${value.slice(0, 40)}"`
    : `${typeof value} ${value}`
}

function numericColumn(
  file: string,
  spec: RawColumnSpec,
  rawName: string,
  typeName: string,
  values: CellValue[],
): Float64Array {
  const out = new Float64Array(values.length)
  const where = `${file}: column "${rawName}" (${typeName})`
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
      out[i] = NaN
      continue
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new PipelineInputError(`${where} must hold numbers, but row ${i} holds ${show(v)}`)
    }
    if (spec.kind === 'int' && (!Number.isInteger(v) || Math.abs(v) > 2 ** 31 - 1)) {
      throw new PipelineInputError(`${where} must hold whole numbers, but row ${i} holds ${v}`)
    }
    if (spec.kind === 'label' && v !== 0 && v !== 1) {
      throw new PipelineInputError(`${where} must hold 0, 1 or null, but row ${i} holds ${v}`)
    }
    out[i] = v
  }
  return out
}

function textColumn(file: string, rawName: string, typeName: string, values: CellValue[]) {
  return values.map((v, i) => {
    if (v === null || typeof v === 'string') return v
    throw new PipelineInputError(
      `${file}: column "${rawName}" (${typeName}) must hold text, but row ${i} holds ${show(v)}`,
    )
  })
}

/**
 * Reads and validates one raw Kobe file: every column of RAW_COLUMNS must be present with values
 * of its kind. Any problem is one PipelineInputError naming the file, the column, the row and
 * the value; a file that is not parquet keeps the reader's message.
 */
export async function readRawShots(file: string): Promise<ShotTable> {
  const wanted = RAW_COLUMNS.flatMap((c) => c.rawNames)
  let table
  try {
    table = await readParquetFile(file, { columns: wanted })
  } catch (error) {
    if (error instanceof ParquetReadError) throw new PipelineInputError(error.message)
    throw error
  }
  const missing = RAW_COLUMNS.filter((c) => !c.rawNames.some((n) => n in table.data))
  if (missing.length > 0) {
    const all = await readParquetFile(file)
    throw new PipelineInputError(
      `${file}: column "${missing[0]!.rawNames[0]}" is missing` +
        (missing.length > 1
          ? ` (and ${missing
              .slice(1)
              .map((c) => `"${c.rawNames[0]}"`)
              .join(', ')})`
          : '') +
        `; the file has ${all.columns.map((c) => c.name).join(', ')}`,
    )
  }
  const numeric = {} as Record<NumericColumn, Float64Array>
  const text = {} as Record<TextColumn, (string | null)[]>
  for (const spec of RAW_COLUMNS) {
    const rawName = spec.rawNames.find((n) => n in table.data)!
    const info = table.columns.find((c) => c.name === rawName)
    const typeName = info ? [info.physicalType, info.logicalType].filter(Boolean).join('/') : '?'
    const values = table.data[rawName]!
    if (spec.kind === 'string') {
      text[spec.name as TextColumn] = textColumn(file, rawName, typeName, values)
    } else {
      numeric[spec.name as NumericColumn] = numericColumn(file, spec, rawName, typeName, values)
    }
  }
  return { file, rows: table.numRows, numeric, text }
}
