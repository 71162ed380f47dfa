/**
 * Times the drift statistics on 1,000,000-row columns (reference and current alike).
 *
 *   npx tsx scripts/crosscheck/drift-bench.ts [rows]
 */
import { computeDriftTable } from '@/lib/drift/drift-table'
import { generatedSample } from '@/lib/drift/fixtures/generated-sample'
import { histogramForPlot } from '@/lib/drift/histogram-for-plot'
import { ks2sampSorted } from '@/lib/drift/ks-2samp'
import { prepareSample } from '@/lib/drift/prepared-sample'
import { psi } from '@/lib/drift/psi'
import { normedWassersteinSorted } from '@/lib/drift/wasserstein-distance'

const rows = Number(process.argv[2] ?? 1_000_000)
const time = <T>(label: string, run: () => T): T => {
  const start = performance.now()
  const result = run()
  console.log(`${label.padEnd(46)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`)
  return result
}

const refRaw = generatedSample(rows, 1, 10, 0)
const curRaw = generatedSample(rows, 2, 10, 0.3)
console.log(`${rows.toLocaleString('en')} rows per sample`)
const ref = time('clean + sort reference', () => prepareSample(refRaw, 'ref'))
const cur = time('clean + sort current', () => prepareSample(curRaw, 'cur'))
if (ref.kind !== 'numeric' || cur.kind !== 'numeric') throw new Error('numeric expected')
time('normed Wasserstein (sorted)', () => normedWassersteinSorted(ref.sorted, cur.sorted))
const ks = time('KS statistic + asymptotic p (sorted)', () => ks2sampSorted(ref.sorted, cur.sorted))
console.log(`  D = ${ks.statistic}, p = ${ks.pValue}`)
time('PSI on raw samples (sorts again)', () => psi(refRaw, curRaw))
time('histogramForPlot, 40 bins (raw)', () => histogramForPlot(refRaw, curRaw, 40))
const table = time('computeDriftTable, 1 float column (everything)', () =>
  computeDriftTable({ x: refRaw }, { x: curRaw }),
)
console.log(`  ${table.rows[0]!.method} = ${table.rows[0]!.statistic}`)
const ints = (seed: number) => {
  const values = generatedSample(rows, seed, 5, 0)
  for (let i = 0; i < rows; i++) values[i] = Math.floor(values[i]!)
  return { dtype: 'int' as const, values }
}
time('computeDriftTable, 1 int column (10 values)', () =>
  computeDriftTable({ k: ints(3) }, { k: ints(4) }),
)
const labels = (seed: number) => ({
  dtype: 'string' as const,
  values: Array.from(ints(seed).values, (v) => `zone-${v}`),
})
const refLabels = labels(5)
const curLabels = labels(6)
time('computeDriftTable, 1 string column (10 labels)', () =>
  computeDriftTable({ s: refLabels }, { s: curLabels }),
)
