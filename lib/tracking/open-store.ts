import { readFile, stat } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { describeContent } from '../parquet/parquet-table'
import { openFileStore } from '../mlflow/filestore-reader'
import { restAuthHeaders } from '../mlflow/rest-auth'
import { openRestStore, type RestStoreOptions } from '../mlflow/rest-store'
import { isSqliteFile } from '../mlflow/sqlite-header'
import { openSqliteStore } from '../mlflow/sqlite-store'
import { discoverStores, openDiscoveredStore } from './discover-stores'
import { looksLikeMlrunsFolder } from './mlruns-folder'
import { TrackingReadError } from './tracking-read-error'
import { parseTrackingUri } from './tracking-uri'
import type { TrackingStore } from './types'

export interface OpenStoreOptions {
  /** folder relative paths and sqlite:///relative.db are resolved against (default: cwd) */
  cwd?: string
  /** options for http(s) servers; Authorization defaults to MLFLOW_TRACKING_TOKEN or USERNAME/PASSWORD */
  rest?: RestStoreOptions
}

async function openFile(path: string): Promise<TrackingStore> {
  if (/\.(db|sqlite3?)$/i.test(path) || (await isSqliteFile(path))) return openSqliteStore(path)
  const bytes = new Uint8Array(await readFile(path))
  throw new TrackingReadError(
    path,
    `neither an mlruns folder nor a SQLite database: ${describeContent(bytes)}`,
  )
}

/**
 * A project folder: MLflow's own default first (`./mlruns` holding experiments, then
 * `./mlflow.db`), else the only store found at any depth. Several stores → an error listing them.
 */
async function openProjectFolder(folder: string): Promise<TrackingStore> {
  const mlruns = join(folder, 'mlruns')
  if (await looksLikeMlrunsFolder(mlruns)) return openFileStore(mlruns)
  const db = join(folder, 'mlflow.db')
  const dbInfo = await stat(db).catch(() => null)
  if (dbInfo?.isFile() && dbInfo.size > 0 && (await isSqliteFile(db))) {
    const store = await openSqliteStore(db).catch(() => null)
    if (store) return store
  }
  const { stores } = await discoverStores(folder)
  const only = stores[0]
  if (stores.length === 1 && only) return openDiscoveredStore(only)
  if (stores.length === 0) {
    throw new TrackingReadError(
      folder,
      'no MLflow tracking store found (looked for mlruns folders and SQLite databases with ' +
        'MLflow tables at any depth)',
    )
  }
  const list = stores
    .map(
      (s) =>
        `${relative(folder, s.path)} (${s.kind}: ${s.experiments} experiments, ${s.runs} runs)`,
    )
    .join('; ')
  throw new TrackingReadError(folder, `several MLflow tracking stores found, name one: ${list}`)
}

/**
 * Opens what MLFLOW_TRACKING_URI may hold: a path or file:// URI of an mlruns folder, a SQLite
 * file path, sqlite:///relative.db, sqlite:////abs/path.db, http(s)://server, or a project folder
 * (searched as above). Unsupported schemes (postgresql://, databricks…) throw
 * UnsupportedTrackingUriError naming the supported ones; unreadable targets TrackingReadError.
 */
export async function openTrackingStore(
  uriOrPath: string,
  options: OpenStoreOptions = {},
): Promise<TrackingStore> {
  const target = parseTrackingUri(uriOrPath, options.cwd)
  if (target.kind === 'rest') {
    const headers = { ...restAuthHeaders(process.env), ...options.rest?.headers }
    return openRestStore(target.url, { ...options.rest, headers })
  }
  if (target.kind === 'sqlite') return openSqliteStore(target.path)
  const info = await stat(target.path).catch(() => null)
  if (!info) throw new TrackingReadError(target.path, 'no such file or folder')
  if (info.isFile()) return openFile(target.path)
  if (basename(target.path) === 'mlruns' || (await looksLikeMlrunsFolder(target.path))) {
    return openFileStore(target.path)
  }
  return openProjectFolder(target.path)
}
