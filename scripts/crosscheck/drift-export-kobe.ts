/**
 * Writes the Kobe drift columns as CSV for scripts/crosscheck/drift_reference.py (Python here has
 * no pyarrow). Reference = dev rows with a known shot_made_flag, current = all prod rows; `lon` is
 * written as `lng`. The CSV (~1 MB) is not committed: write it outside the repo.
 *
 *   npx tsx scripts/crosscheck/drift-export-kobe.ts /tmp/kobe-drift.csv [data-dir]
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { KOBE_DRIFT_FEATURES, loadKobeDriftColumns } from '@/lib/drift/kobe-drift-columns'

const [output, dataDir = join(process.cwd(), '..', 'shared', 'data', 'kobe')] =
  process.argv.slice(2)
if (!output) {
  console.error('usage: npx tsx scripts/crosscheck/drift-export-kobe.ts <out.csv> [data-dir]')
  process.exit(2)
}
const { reference, current } = await loadKobeDriftColumns(dataDir)
const names = KOBE_DRIFT_FEATURES.map((feature) => feature.as)
const lines = [['sample', ...names].join(',')]
for (const [label, columns] of [
  ['reference', reference],
  ['current', current],
] as const) {
  const size = columns[names[0]!]!.values.length
  for (let i = 0; i < size; i++) {
    lines.push([label, ...names.map((name) => String(columns[name]!.values[i] ?? ''))].join(','))
  }
}
await writeFile(output, lines.join('\n') + '\n')
console.log(`wrote ${output}: ${lines.length - 1} rows, columns ${names.join(', ')}`)
