import { readParquetBytes } from '../../parquet/parquet-table'
import type { ParquetPreview } from '../../site-data/runs/runs-snapshot-types'

/**
 * The schema and first `rows` rows of a parquet file, as JSON-ready values (BigInt → number,
 * dates → ISO text). Throws ParquetReadError naming `path` when the bytes are not parquet.
 */
export async function parquetPreview(
  bytes: Uint8Array,
  path: string,
  rows: number,
): Promise<ParquetPreview> {
  const table = await readParquetBytes(bytes, path)
  const names = table.columns.map((c) => c.name).filter((name) => name in table.data)
  const count = Math.min(rows, table.numRows)
  const preview: ParquetPreview['rows'] = []
  for (let r = 0; r < count; r++) {
    preview.push(names.map((name) => table.data[name]?.[r] ?? null))
  }
  return {
    path,
    numRows: table.numRows,
    columns: table.columns
      .filter((c) => names.includes(c.name))
      .map(({ name, physicalType, logicalType }) => ({ name, physicalType, logicalType })),
    rows: preview,
  }
}
