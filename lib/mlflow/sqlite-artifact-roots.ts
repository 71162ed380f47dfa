import { isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { safeArtifactPath } from './filestore-artifact-root'

/** URI schemes whose artifacts live off this machine (S3, GCS, Azure, HDFS, Databricks, HTTP…). */
const REMOTE_SCHEME =
  /^(s3|s3a|gs|wasbs?|abfss?|hdfs|viewfs|dbfs|ftp|sftp|oss|https?|runs|models|uc):/i

/** True when the artifact URI points off this machine. */
export function isRemoteArtifactUri(uri: string): boolean {
  return REMOTE_SCHEME.test(uri)
}

/** The local path an artifact URI names (file://, plain absolute or relative path), or null. */
function storedLocalPath(uri: string, dbFolder: string): string | null {
  if (uri === '' || isRemoteArtifactUri(uri) || uri.startsWith('mlflow-artifacts:')) return null
  if (uri.startsWith('file://')) {
    try {
      return fileURLToPath(uri)
    } catch {
      return null
    }
  }
  if (uri.startsWith('file:')) return resolve(dbFolder, uri.slice('file:'.length))
  return isAbsolute(uri) ? uri : resolve(dbFolder, uri)
}

/** The part of a path after its last `mlruns/` or `mlartifacts/` folder, kept with that folder. */
function storeRelativeTail(uri: string): string | null {
  const match = /(?:^|[/\\])((?:mlruns|mlartifacts)[/\\].*)$/.exec(uri)
  return match?.[1]?.replaceAll('\\', '/') ?? null
}

/**
 * Folders where a run's artifacts may be, most likely first. A database copied from another
 * machine keeps that machine's absolute `artifact_uri`, and `mlflow server` stores
 * `mlflow-artifacts:/<exp>/<run>/artifacts` for files kept under its `./mlartifacts`, so the
 * database's own folder is searched first, then the stored path.
 */
export function artifactRootCandidates(
  dbFolder: string,
  experimentId: string,
  runId: string,
  artifactUri: string,
): string[] {
  const candidates: string[] = []
  const proxied = /^mlflow-artifacts:(?:\/\/[^/]*)?\/*(.*)$/.exec(artifactUri)
  if (proxied?.[1]) candidates.push(join(dbFolder, 'mlartifacts', proxied[1]))
  candidates.push(join(dbFolder, 'mlartifacts', experimentId, runId, 'artifacts'))
  candidates.push(join(dbFolder, 'mlruns', experimentId, runId, 'artifacts'))
  const local = storedLocalPath(artifactUri, dbFolder)
  if (local) candidates.push(local)
  const tail = storeRelativeTail(local ?? artifactUri)
  if (tail && !isRemoteArtifactUri(artifactUri)) candidates.push(join(dbFolder, tail))
  return [...new Set(candidates)]
}

/**
 * A path relative to an artifact root, backslashes read as `/`, checked by `safeArtifactPath`:
 * no `..`, no absolute path. Returns the cleaned path ('' for the root) or null when refused.
 */
export function cleanArtifactPath(path: string | undefined): string | null {
  return safeArtifactPath((path ?? '').replaceAll('\\', '/'))
}
