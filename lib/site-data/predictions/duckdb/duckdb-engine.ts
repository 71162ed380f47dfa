import { stat } from 'node:fs/promises'
import { parquetMetadataAsync, asyncBufferFromFile } from 'hyparquet'
import type { PredictionsEngine, ReadPredictionsInput } from '../predictions-input'
import { DEFAULT_ROWS_LIMIT } from '../build-predictions-snapshot'
import { JS_ROWS_LIMIT } from '../js-rows-limit'
import { duckdbAggregates } from './duckdb-aggregates'
import { isRemoteSource, openDuckdbSession, type DuckdbSession } from './duckdb-session'
import { readPredictionsDuckdb, type DuckdbPredictions } from './read-predictions-duckdb'

/** Above this many rows a predictions file is aggregated by DuckDB instead of read into JavaScript. */
export const DUCKDB_MIN_ROWS = JS_ROWS_LIMIT

export type EngineName = 'duckdb' | 'js'

/**
 * Which engine reads `source`: `MONITOR_ENGINE=duckdb|js` forces one; otherwise URLs
 * (s3://, gs://, https://), folders and globs go to DuckDB (the in-JS reader reads one local
 * file), and so does a local file with more than DUCKDB_MIN_ROWS rows (read from its footer).
 */
export async function chooseEngine(
  source: string,
  env: Record<string, string | undefined> = process.env,
): Promise<EngineName> {
  const forced = env.MONITOR_ENGINE?.trim().toLowerCase()
  if (forced === 'duckdb' || forced === 'js') return forced
  if (isRemoteSource(source) || /[*?[]/.test(source)) return 'duckdb'
  try {
    if ((await stat(source)).isDirectory()) return 'duckdb'
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(source))
    return Number(metadata.num_rows) > DUCKDB_MIN_ROWS ? 'duckdb' : 'js'
  } catch {
    // missing or not parquet: the in-JS reader names the problem in one sentence
    return 'js'
  }
}

let shared: Promise<DuckdbSession> | null = null
const views = new WeakMap<ReadPredictionsInput, DuckdbPredictions>()

/** One DuckDB for the build (both sides must be in one to compare them). */
function session(): Promise<DuckdbSession> {
  shared ??= openDuckdbSession()
  return shared
}

const engine: PredictionsEngine = {
  name: 'duckdb',
  async aggregate(dev, prod, problems) {
    const db = await session()
    const view = async (input: ReadPredictionsInput | null) => {
      if (!input) return null
      const known = views.get(input)
      if (known) return known
      // a side small enough for JavaScript is read again by DuckDB to compare it with the other
      const read = await readPredictionsDuckdb(db, input.source, 0)
      views.set(input, read.duckdb)
      return read.duckdb
    }
    try {
      return await duckdbAggregates(
        db,
        await view(dev),
        await view(prod),
        problems,
        prod?.source ?? '',
      )
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
      problems.push({
        path: prod?.source ?? dev?.source ?? 'predictions',
        message: `DuckDB could not aggregate the predictions: ${reason} (MONITOR_DUCKDB_MEMORY raises its memory limit)`,
      })
      return {
        metrics: { dev: null, prod: null },
        columns: {},
        filterOptions: { periods: [], seasons: [], zones: [], playoffs: [] },
        drift: null,
        outputDrift: null,
        histograms: [],
      }
    }
  },
}

/** Node only. Reads a predictions source with DuckDB into a `read` input carrying the engine. */
export async function readWithDuckdb(
  source: string,
  rowsLimit = DEFAULT_ROWS_LIMIT,
): Promise<ReadPredictionsInput> {
  const read = await readPredictionsDuckdb(await session(), source, rowsLimit)
  const input: ReadPredictionsInput = {
    status: 'read',
    source,
    predictions: read.predictions,
    integerFeatures: read.duckdb.integerFeatures,
    engine,
  }
  views.set(input, read.duckdb)
  return input
}
