import { join } from 'node:path'
import { readParquetFile } from '@/lib/parquet/read-parquet-file'
import { columnsFromParquet, type NumericColumn } from './columns-from-parquet'

/** The Kobe model's features as drift columns: parquet name → name in the dashboard. */
export const KOBE_DRIFT_FEATURES = [
  { parquet: 'lat', as: 'lat' },
  { parquet: 'lon', as: 'lng' },
  { parquet: 'minutes_remaining', as: 'minutes_remaining' },
  { parquet: 'period', as: 'period' },
  { parquet: 'playoffs', as: 'playoffs' },
  { parquet: 'shot_distance', as: 'shot_distance' },
] as const

/**
 * Node only. Reads the course's two parquet files from `dataDir`: reference = dev rows with a
 * known `shot_made_flag` (the rows the model was trained and tested on), current = every prod row.
 */
export async function loadKobeDriftColumns(dataDir: string): Promise<{
  reference: Record<string, NumericColumn>
  current: Record<string, NumericColumn>
}> {
  const parquetNames = KOBE_DRIFT_FEATURES.map((feature) => feature.parquet)
  const rename = Object.fromEntries(KOBE_DRIFT_FEATURES.map((f) => [f.parquet, f.as]))
  const dev = await readParquetFile(join(dataDir, 'dataset_kobe_dev.parquet'), {
    columns: [...parquetNames, 'shot_made_flag'],
  })
  const prod = await readParquetFile(join(dataDir, 'dataset_kobe_prod.parquet'), {
    columns: parquetNames,
  })
  const labelled: number[] = []
  ;(dev.data['shot_made_flag'] ?? []).forEach((value, i) => {
    if (value !== null) labelled.push(i)
  })
  return {
    reference: numericColumns(columnsFromParquet(dev, parquetNames, { rename, rows: labelled })),
    current: numericColumns(columnsFromParquet(prod, parquetNames, { rename })),
  }
}

function numericColumns(columns: ReturnType<typeof columnsFromParquet>) {
  const out: Record<string, NumericColumn> = {}
  for (const [name, column] of Object.entries(columns)) {
    if (column instanceof Float64Array || !(column.values instanceof Float64Array)) {
      throw new Error(`Kobe column "${name}" is not numeric`)
    }
    out[name] = column as NumericColumn
  }
  return out
}
