/**
 * Writes the features of the pipeline's predictions files (dev = reference, prod = current) as
 * CSV for `scripts/crosscheck/monitoring_reference.py --kobe` (Debian's Python has no pyarrow).
 * The CSV is not committed: write it outside the repository.
 *
 *   npx tsx scripts/crosscheck/monitor-export-kobe.ts /tmp/kobe-monitor.csv [output-dir]
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { columnValues } from '@/lib/drift/column'
import { readMonitorDatasets } from '@/lib/monitoring/read-monitor-datasets'

const [output, dir = join(process.cwd(), 'data', 'output')] = process.argv.slice(2)
if (!output) {
  console.error('usage: npx tsx scripts/crosscheck/monitor-export-kobe.ts <out.csv> [output-dir]')
  process.exit(2)
}
const { dev, prod } = await readMonitorDatasets(
  join(dir, 'predictions_dev.parquet'),
  join(dir, 'predictions_prod.parquet'),
)
const names = Object.keys(dev.columns)
const lines = [['sample', ...names].join(',')]
for (const [label, data] of [
  ['reference', dev],
  ['current', prod],
] as const) {
  const columns = names.map((name) => columnValues(data.columns[name]!))
  for (let i = 0; i < data.rows; i++) {
    lines.push([label, ...columns.map((c) => String(c[i] ?? ''))].join(','))
  }
}
await writeFile(output, lines.join('\n') + '\n')
console.log(`wrote ${output}: ${lines.length - 1} rows, columns ${names.join(', ')}`)
