import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TrackingReadError } from './tracking-read-error'

/** Where a tracking URI points, before anything is opened. */
export type TrackingTarget =
  { kind: 'path'; path: string } | { kind: 'sqlite'; path: string } | { kind: 'rest'; url: string }

export const SUPPORTED_TRACKING_URIS =
  'a folder or file:// URI of an mlruns FileStore, sqlite:///relative.db or ' +
  'sqlite:////absolute/path.db, http(s)://host:port of a running MLflow server, or a project ' +
  'folder to search'

/** The tracking URI names a backend this project cannot read (PostgreSQL, Databricks…). */
export class UnsupportedTrackingUriError extends TrackingReadError {
  constructor(uri: string, reason: string) {
    super(
      uri,
      `${reason}; supported are ${SUPPORTED_TRACKING_URIS}. For a PostgreSQL, MySQL or ` +
        'Databricks backend, run `mlflow server --backend-store-uri <uri>` and pass its http:// URL',
    )
    this.name = 'UnsupportedTrackingUriError'
  }
}

function localPath(path: string, cwd: string): string {
  if (path === '~' || path.startsWith('~/')) return join(homedir(), path.slice(1))
  return isAbsolute(path) ? path : resolve(cwd, path)
}

function sqlitePath(uri: string, cwd: string): string {
  const rest = uri.replace(/^sqlite:\/\//i, '').split('?')[0] ?? ''
  if (!/^sqlite:\/\//i.test(uri) || rest === '' || rest === '/' || rest.includes(':memory:')) {
    throw new UnsupportedTrackingUriError(uri, 'not a SQLite database file URI')
  }
  // sqlite:///relative.db → "/relative.db"; sqlite:////abs/x.db → "//abs/x.db"
  const path = decodeURIComponent(rest.slice(1))
  return /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('/') ? path : resolve(cwd, path)
}

/**
 * Reads what MLFLOW_TRACKING_URI may hold: a plain path, file://…, sqlite:///…, http(s)://….
 * Anything else (postgresql://, mysql://, databricks…) is an UnsupportedTrackingUriError.
 */
export function parseTrackingUri(uri: string, cwd: string = process.cwd()): TrackingTarget {
  const text = uri.trim()
  if (text === '') throw new UnsupportedTrackingUriError('(empty)', 'the tracking URI is empty')
  if (/^https?:\/\//i.test(text)) return { kind: 'rest', url: text }
  if (/^sqlite:/i.test(text)) return { kind: 'sqlite', path: sqlitePath(text, cwd) }
  if (/^file:\/\//i.test(text)) return { kind: 'path', path: fileURLToPath(text) }
  if (/^file:/i.test(text)) return { kind: 'path', path: localPath(text.slice(5), cwd) }
  if (/^(databricks|databricks-uc|uc)$/i.test(text)) {
    throw new UnsupportedTrackingUriError(text, `tracking URI "${text}" is a Databricks workspace`)
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]+):/.exec(text)?.[1]
  if (scheme) {
    throw new UnsupportedTrackingUriError(text, `unsupported tracking URI scheme "${scheme}"`)
  }
  return { kind: 'path', path: localPath(text, cwd) }
}
