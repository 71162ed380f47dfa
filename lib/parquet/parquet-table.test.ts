import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readParquetFile } from './read-parquet-file'
import { readParquetBytes } from './parquet-table'

const kobe = process.env.KOBE_DATA_DIR ?? join(__dirname, '../../../shared/data/kobe')

describe('readParquetFile', () => {
  it('decodes the course prod file with numbers instead of BigInt', async () => {
    const table = await readParquetFile(join(kobe, 'dataset_kobe_prod.parquet'))
    expect(table.numRows).toBe(6426)
    expect(table.columns.map((c) => c.name)).toContain('lon')
    expect(table.data.shot_distance?.[0]).toBe(25)
    expect(table.data.lat?.[0]).toBeCloseTo(33.8063, 6)
    expect(table.data.shot_made_flag?.filter((v) => v === null).length).toBe(1014)
  })

  it('names the file when it is missing', async () => {
    await expect(readParquetFile('/nowhere/x.parquet')).rejects.toThrow(
      '/nowhere/x.parquet: file not found',
    )
  })

  it('refuses a CSV file named .parquet and says what it looks like', async () => {
    const csv = new TextEncoder().encode('lat,lon,shot_distance\n33.9,-118.1,18\n')
    await expect(readParquetBytes(csv, 'preds.parquet')).rejects.toThrow(
      'preds.parquet: not a parquet file (no "PAR1" magic bytes): it looks like CSV text',
    )
  })

  it('says a parquet file cut short is truncated, not that its magic bytes are missing', async () => {
    const whole = new Uint8Array(await readFile(join(kobe, 'dataset_kobe_prod.parquet')))
    const cut = whole.subarray(0, Math.floor(whole.length / 2))
    await expect(readParquetBytes(cut, 'prod.parquet')).rejects.toThrow(
      `prod.parquet: the file ends before its parquet footer (${cut.length} bytes): ` +
        'truncated or still being written',
    )
    await expect(readParquetBytes(whole.subarray(0, 6), 'tiny.parquet')).rejects.toThrow(
      'tiny.parquet: the file ends before its parquet footer (6 bytes)',
    )
  })
})
