import type { ReadPredictionsInput } from '../site-data/predictions/predictions-input'

/**
 * lib/site-data/predictions/duckdb/duckdb-engine.ts for the page's worker: DuckDB is a native
 * Node module, so a project opened in the page is always read by the in-JavaScript engine
 * (the worker's row cap and sampling still apply).
 */
export async function chooseEngine(): Promise<'js'> {
  return 'js'
}

export async function readWithDuckdb(source: string): Promise<ReadPredictionsInput> {
  throw new Error(
    `${source}: DuckDB does not run in the page; open a smaller file or build with npm run build`,
  )
}
