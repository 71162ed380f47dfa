/**
 * Build step (npm's `prebuild`): lib/site-data/build-site chooses the predictions files and the
 * MLflow store (sources/), loads them once, and runs the builders of the files the static site
 * ships under public/data/ (predictions, runs, model, build-report). This script only prints
 * what was built. Bad or missing inputs become problems the pages explain; the build goes on.
 */
import { resolve } from 'node:path'
import { buildSite } from '@/lib/site-data/build-site'

const started = performance.now()
// `--out <dir>` writes elsewhere than public/data (tests build into a temporary folder)
const outArg = process.argv.indexOf('--out')
const outDir = resolve(process.cwd(), (outArg >= 0 && process.argv[outArg + 1]) || 'public/data')
const {
  sources,
  snapshot,
  runs,
  model: served,
  comparison,
  report,
} = await buildSite(process.env, process.cwd(), outDir)
for (const note of sources.notes) console.log(`build-data: ${note}`)
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
const r = runs.snapshot
console.log(
  r.unavailable
    ? `build-data: runs: ${r.unavailable}`
    : `build-data: runs: ${r.runs.length} runs in ${r.experiments.length} experiments, ` +
        `${r.models.length} registered models from ${r.source?.location} ` +
        `(runs.json ${(runs.bytes / 1024).toFixed(0)} KB, ${r.problems.length} problems)`,
)
console.log(
  served.source
    ? `build-data: what-if model: ` +
        (served.source.registeredModel
          ? `${served.source.registeredModel} version ${served.source.version}`
          : `run ${served.source.runId}`) +
        ` (${served.source.chosenBy}, run ${served.source.runName}); ` +
        `${served.models?.length ?? 1} model(s) in the selector`
    : `build-data: what-if model: none: ${served.problem?.detail}`,
)
for (const note of served.notes) console.warn(`build-data: what-if: ${note}`)
const compared = comparison.snapshot
console.log(
  `build-data: comparison (${compared.chosenBy}): ` +
    (compared.models.map((m) => `${m.name} [${m.estimator.join(' > ')}]`).join(', ') ||
      'no models') +
    (compared.skipped.length > 0 ? `; ${compared.skipped.length} not compared` : ''),
)
for (const skip of compared.skipped) {
  console.warn(`build-data: comparison: ${skip.reference}: ${skip.reason}`)
}
console.log(
  `build-data: build-report.json: ${report.problems.length} problems ` +
    `(${Object.entries(report.counts)
      .map(([step, n]) => `${step} ${n}`)
      .join(', ')})`,
)
console.log(`build-data: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
