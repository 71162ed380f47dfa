/**
 * Bundles the worker that builds an opened project's site files in the page
 * (components/project/project-worker.ts) into public/project-worker.js, with sql.js's
 * WebAssembly beside it. The build's own readers and builders go in unchanged: node:fs and its
 * neighbours are bound to the in-memory volume of the user's files (lib/virtual-fs/). Runs
 * before `next build` and `next dev` (npm's prebuild / predev).
 */
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'
import { pageBundleOptions, repoRoot as root } from './page-worker-plugin'

const outDir = join(root, 'public')
mkdirSync(outDir, { recursive: true })
const started = performance.now()
const result = await build({
  entryPoints: [join(root, 'components/project/project-worker.ts')],
  outfile: join(outDir, 'project-worker.js'),
  ...pageBundleOptions,
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
  metafile: true,
})
// the browser build of sql.js (package.json "browser" export) asks for sql-wasm-browser.wasm
const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm-browser.wasm')
copyFileSync(wasm, join(outDir, 'sql-wasm-browser.wasm'))
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0)
console.log(
  `build-page-worker: public/project-worker.js ${(bytes / 1024).toFixed(0)} KB in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s (+ ${dirname(wasm).split('/').at(-2)} sql-wasm-browser.wasm)`,
)
