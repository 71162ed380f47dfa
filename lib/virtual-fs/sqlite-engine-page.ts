import initSqlJs, { type SqlJsStatic } from 'sql.js'

let engine: Promise<SqlJsStatic> | null = null

/**
 * lib/mlflow/sqlite/engine.ts for the page's worker: sql.js's WebAssembly build is a static file
 * of the site (`sql-wasm-browser.wasm`, beside the worker script).
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!engine) {
    const folder = String(globalThis.location?.href ?? '').replace(/[^/]*$/, '')
    engine = initSqlJs({ locateFile: (file: string) => `${folder}${file}` }).catch((error) => {
      engine = null
      throw error
    })
  }
  return engine
}
