import type { NumericColumn, ShotTable, TextColumn } from './raw-columns'

/** One column of an output parquet file; null is written as a parquet null. */
export interface OutputColumn {
  name: string
  type: 'DOUBLE' | 'INT32' | 'STRING'
  data: (number | string | null)[]
}

/** Parquet type of each numeric column in the outputs (the raw files use INT64 and DOUBLE). */
const NUMERIC_TYPES: Record<NumericColumn, 'DOUBLE' | 'INT32'> = {
  lat: 'DOUBLE',
  lng: 'DOUBLE',
  minutes_remaining: 'INT32',
  period: 'INT32',
  playoffs: 'INT32',
  shot_distance: 'INT32',
  shot_made_flag: 'DOUBLE',
  shot_id: 'INT32',
  loc_x: 'INT32',
  loc_y: 'INT32',
}

export function isTextColumn(table: ShotTable, name: string): name is TextColumn {
  return name in table.text
}

/** The given rows (positions into the table) of the named columns; NaN becomes null. */
export function shotColumns(
  table: ShotTable,
  rows: Uint32Array,
  names: readonly (NumericColumn | TextColumn)[],
): OutputColumn[] {
  return names.map((name) => {
    if (isTextColumn(table, name)) {
      const values = table.text[name]
      return { name, type: 'STRING', data: Array.from(rows, (i) => values[i] ?? null) }
    }
    const values = table.numeric[name as NumericColumn]
    return {
      name,
      type: NUMERIC_TYPES[name as NumericColumn],
      data: Array.from(rows, (i) => (Number.isNaN(values[i]!) ? null : values[i]!)),
    }
  })
}

/** A numeric column that is not in the raw table (scores, labels). */
export function computedColumn(
  name: string,
  type: 'DOUBLE' | 'INT32',
  values: ArrayLike<number>,
): OutputColumn {
  return { name, type, data: Array.from(values, (v) => (Number.isNaN(v) ? null : v)) }
}
