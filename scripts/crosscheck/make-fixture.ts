/**
 * Writes lib/model/fixtures/kobe-dev-300.csv: 300 complete rows of the Kobe dev file (every
 * 67th complete row), the input of the scikit-learn cross-checks. Run once; the CSV is committed.
 *   npx tsx scripts/crosscheck/make-fixture.ts
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readParquetFile } from '@/lib/parquet/read-parquet-file'

const dataDir = process.env.KOBE_DATA_DIR ?? path.resolve('..', 'shared', 'data', 'kobe')
const raw = await readParquetFile(path.join(dataDir, 'dataset_kobe_dev.parquet'))
const source = [
  'lat',
  'lon',
  'minutes_remaining',
  'period',
  'playoffs',
  'shot_distance',
  'shot_made_flag',
]
const header = [
  'lat',
  'lng',
  'minutes_remaining',
  'period',
  'playoffs',
  'shot_distance',
  'shot_made_flag',
]
const lines = [header.join(',')]
let complete = 0
for (let i = 0; i < raw.numRows && lines.length <= 300; i++) {
  const row = source.map((name) => raw.data[name]![i])
  if (row.some((v) => typeof v !== 'number')) continue
  if (complete++ % 67 === 0) lines.push(row.join(','))
}
const out = path.resolve('lib', 'model', 'fixtures', 'kobe-dev-300.csv')
await writeFile(out, lines.join('\n') + '\n')
console.log(`wrote ${lines.length - 1} rows to ${out}`)
