import type { ParquetTable } from '@/lib/parquet/parquet-table'
import type { Column, ColumnDtype } from './column'
import { DriftInputError } from './drift-input-error'

/** A numeric column as `columnsFromParquet` builds it. */
export type NumericColumn = { dtype: 'float' | 'int'; values: Float64Array }

function dtypeOf(physicalType: string, logicalType: string | null): ColumnDtype | null {
  if (physicalType === 'DOUBLE' || physicalType === 'FLOAT') return 'float'
  if (physicalType === 'INT32' || physicalType === 'INT64') return 'int'
  if (physicalType === 'BOOLEAN') return 'bool'
  if (physicalType === 'BYTE_ARRAY' && (logicalType === 'STRING' || logicalType === 'UTF8')) {
    return 'string'
  }
  return null
}

/**
 * Drift columns from a decoded parquet table, typed as pandas would read them: DOUBLE/FLOAT →
 * float, INT32/INT64 → int (float if it holds a null, like pandas), strings and booleans as such.
 * Numeric columns become Float64Arrays (null → NaN). `rename` maps parquet names to output keys
 * (e.g. { lon: 'lng' }); `rows` keeps only the listed row indices.
 */
export function columnsFromParquet(
  table: ParquetTable,
  names: string[],
  options: { rename?: Record<string, string>; rows?: ArrayLike<number> } = {},
): Record<string, Column> {
  const out: Record<string, Column> = {}
  for (const name of names) {
    const info = table.columns.find((column) => column.name === name)
    const data = table.data[name]
    if (!info || !data) {
      throw new DriftInputError(
        `${table.file}: no column "${name}" (has ${Object.keys(table.data).join(', ')})`,
      )
    }
    const dtype = dtypeOf(info.physicalType, info.logicalType)
    if (!dtype) {
      throw new DriftInputError(
        `${table.file}: column "${name}" has type ${info.physicalType}/${info.logicalType ?? '-'}, which drift cannot use`,
      )
    }
    const rows = options.rows ?? null
    const size = rows ? rows.length : data.length
    const at = (i: number) => data[rows ? rows[i]! : i] ?? null
    const key = options.rename?.[name] ?? name
    if (dtype === 'float' || dtype === 'int') {
      const values = new Float64Array(size)
      let missing = false
      for (let i = 0; i < size; i++) {
        const value = at(i)
        if (value === null) missing = true
        values[i] = value === null ? NaN : Number(value)
      }
      out[key] = { dtype: dtype === 'int' && missing ? 'float' : dtype, values }
    } else {
      out[key] = { dtype, values: Array.from({ length: size }, (_, i) => at(i)) }
    }
  }
  return out
}
