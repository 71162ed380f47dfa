/**
 * Build step (npm's `prebuild`): reads the predictions files and the MLflow store the user
 * points at, and writes the small files the static site ships under public/data/.
 * Bad or missing inputs become problems the pages explain; the build goes on.
 */
import { resolve } from 'node:path'
import { buildSiteData } from '@/lib/snapshot/build-site-data'

const started = performance.now()
// `--out <dir>` writes elsewhere than public/data (tests build into a temporary folder)
const outArg = process.argv.indexOf('--out')
const outDir = resolve(process.cwd(), (outArg >= 0 && process.argv[outArg + 1]) || 'public/data')
await buildSiteData({
  env: process.env,
  cwd: process.cwd(),
  outDir,
  log: { info: (line) => console.log(line), warn: (line) => console.warn(line) },
})
console.log(`build-data: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
