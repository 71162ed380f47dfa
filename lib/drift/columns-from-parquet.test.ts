import { describe, expect, it } from 'vitest'
import type { ParquetTable } from '@/lib/parquet/parquet-table'
import { columnsFromParquet } from './columns-from-parquet'

const table: ParquetTable = {
  file: 'shots.parquet',
  numRows: 3,
  columns: [
    { name: 'lon', physicalType: 'DOUBLE', logicalType: null },
    { name: 'period', physicalType: 'INT64', logicalType: null },
    { name: 'gap', physicalType: 'INT32', logicalType: null },
    { name: 'zone', physicalType: 'BYTE_ARRAY', logicalType: 'STRING' },
    { name: 'blob', physicalType: 'BYTE_ARRAY', logicalType: null },
  ],
  data: {
    lon: [-118.1, null, -118.3],
    period: [1, 2, 4],
    gap: [3, null, 5],
    zone: ['Center(C)', null, 'Left Side(L)'],
    blob: ['x', 'y', 'z'],
  },
}

describe('columnsFromParquet', () => {
  it('types columns as pandas reads them and renames / selects rows', () => {
    const columns = columnsFromParquet(table, ['lon', 'period', 'gap', 'zone'], {
      rename: { lon: 'lng' },
      rows: [0, 2],
    })
    expect(columns).toEqual({
      lng: { dtype: 'float', values: Float64Array.from([-118.1, -118.3]) },
      period: { dtype: 'int', values: Float64Array.from([1, 4]) },
      gap: { dtype: 'int', values: Float64Array.from([3, 5]) },
      zone: { dtype: 'string', values: ['Center(C)', 'Left Side(L)'] },
    })
    // an int column holding a null becomes float, like pandas
    expect(columnsFromParquet(table, ['gap'])).toEqual({
      gap: { dtype: 'float', values: Float64Array.from([3, NaN, 5]) },
    })
  })

  it('names the file, the column and its type when it cannot be used', () => {
    expect(() => columnsFromParquet(table, ['blob'])).toThrow(
      'shots.parquet: column "blob" has type BYTE_ARRAY/-, which drift cannot use',
    )
    expect(() => columnsFromParquet(table, ['lat'])).toThrow('shots.parquet: no column "lat"')
  })
})
