/**
 * Build step (npm's `prebuild`): reads the predictions files and the MLflow store the user
 * points at, and writes the small files the static site ships under public/data/.
 * Bad or missing inputs become problems the pages explain; the build goes on.
 */
import { resolve } from 'node:path'
import { buildSnapshot } from '@/lib/snapshot/build-snapshot'
import { resolveDashboardSources } from '@/lib/snapshot/dashboard-sources'

const started = performance.now()
const outDir = resolve(process.cwd(), 'public/data')
const sources = await resolveDashboardSources(process.env, process.cwd())
for (const note of sources.notes) console.log(`build-data: ${note}`)

const snapshot = await buildSnapshot({ dev: sources.dev, prod: sources.prod, outDir })
for (const name of ['dev', 'prod'] as const) {
  const d = snapshot.datasets[name]
  if (d) {
    console.log(
      `build-data: ${name}: ${d.rows} rows (${d.labelledRows} labelled), shipped ${d.shippedRows}` +
        `${d.sampled ? ' (sampled)' : ''} in ${(d.rowsFileBytes / 1024).toFixed(0)} KB`,
    )
  }
}
for (const problem of snapshot.problems) {
  console.warn(`build-data: problem: ${problem.path}: ${problem.message}`)
}
console.log(`build-data: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
