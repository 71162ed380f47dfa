/** The esbuild plugin that lets the build's own code run in the page's worker. */
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type { BuildOptions, Plugin } from 'esbuild'

export const repoRoot = resolve(import.meta.dirname, '..')
export const pageShim = (file: string) => join(repoRoot, 'lib/virtual-fs', file)
const aliases: Record<string, string> = {
  'node:fs': pageShim('node-fs.ts'),
  fs: pageShim('node-fs.ts'),
  'node:fs/promises': pageShim('node-fs-promises.ts'),
  'node:os': pageShim('node-os.ts'),
  'node:url': pageShim('node-url.ts'),
  'node:crypto': pageShim('node-crypto.ts'),
  'node:module': pageShim('node-module.ts'),
  'node:path': createRequire(import.meta.url).resolve('next/dist/compiled/path-browserify'),
  jsdom: pageShim('jsdom-absent.ts'),
  buffer: createRequire(import.meta.url).resolve('next/dist/compiled/buffer'),
}

/** Binds node:fs and its neighbours to lib/virtual-fs/ (the user's files in memory). */
export const pageWorkerPlugin: Plugin = {
  name: 'page-worker',
  setup(b) {
    b.onResolve({ filter: /^(node:|fs$|jsdom$|buffer$)/ }, (args) => {
      const target = aliases[args.path]
      if (!target) return { errors: [{ text: `${args.path} has no stand-in in the page` }] }
      return { path: target }
    })
    // the one engine loader that finds sql.js through Node's resolver (lib/mlflow/sqlite/engine)
    b.onResolve({ filter: /^\.\/engine$/ }, (args) =>
      /[\\/]lib[\\/]mlflow[\\/]sqlite$/.test(dirname(args.importer))
        ? { path: pageShim('sqlite-engine-page.ts') }
        : undefined,
    )
    // the page reads parquet files row group by row group from the File, never whole
    b.onResolve({ filter: /(^|\/)read-parquet-file$/ }, () => ({
      path: pageShim('read-parquet-file-page.ts'),
    }))
    // DuckDB is a native Node module: the page always reads predictions in JavaScript
    b.onResolve({ filter: /\/duckdb\/duckdb-engine$/ }, () => ({
      path: pageShim('duckdb-engine-page.ts'),
    }))
  },
}

/** The esbuild options of any bundle running the build's code in the page. */
export const pageBundleOptions: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  inject: [join(repoRoot, 'scripts/page-worker-globals.ts')],
  alias: { '@': repoRoot },
  // Next's compiled packages (buffer, path-browserify) read __dirname; the engine loader reads
  // import.meta.url: neither is used for anything in the page
  define: { 'import.meta.url': '"file:///page-worker.js"', __dirname: '"/"' },
  plugins: [pageWorkerPlugin],
}
