import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import initSqlJs, { type SqlJsStatic } from 'sql.js'

let engine: Promise<SqlJsStatic> | null = null

/** Folder holding sql.js's WebAssembly build, found through Node's resolver (works from any cwd). */
function sqlJsDistFolder(): string {
  const require = createRequire(import.meta.url)
  return dirname(require.resolve('sql.js/dist/sql-wasm.wasm'))
}

/** Loads SQLite compiled to WebAssembly once per process (Node only). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!engine) {
    const folder = sqlJsDistFolder()
    engine = initSqlJs({ locateFile: (file: string) => join(folder, file) }).catch((error) => {
      engine = null
      throw error
    })
  }
  return engine
}
