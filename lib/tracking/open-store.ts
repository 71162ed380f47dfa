import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { describeContent } from '../parquet/parquet-table'
import { openFileStore } from '../mlflow/filestore/reader'
import { restAuthHeaders } from '../mlflow/rest/auth'
import { openRestStore, type RestStoreOptions } from '../mlflow/rest/store'
import { isSqliteFile } from '../mlflow/sqlite/header'
import { openSqliteStore } from '../mlflow/sqlite/store'
import { chooseSources } from '../site-data/sources/choose-sources'
import { surveyProject } from '../site-data/sources/project-survey'
import { openDiscoveredStore } from './discover-stores'
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
 * A project folder: the store the dashboard's rule chooses (see chooseSources: the one holding
 * the latest finished run that logged prod predictions, else the one with the most runs), so an
 * empty or stray root `mlruns/` does not win over the project's real store. No store → an error.
 */
async function openProjectFolder(folder: string): Promise<TrackingStore> {
  const survey = await surveyProject(folder)
  const chosen = chooseSources(survey).store
  const store = survey.stores.find((s) => s.path === chosen?.path) ?? survey.stores[0]
  if (store) return openDiscoveredStore(store)
  throw new TrackingReadError(
    folder,
    'no MLflow tracking store found (looked for mlruns folders and SQLite databases with ' +
      'MLflow tables at any depth)',
  )
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
