import { safeArtifactPath } from '../filestore/artifact-root'

/** URI schemes whose artifacts live off this machine (S3, GCS, Azure, HDFS, Databricks, HTTP…). */
const REMOTE_SCHEME =
  /^(s3|s3a|gs|wasbs?|abfss?|hdfs|viewfs|dbfs|ftp|sftp|oss|https?|runs|models|uc):/i

/** True when the artifact URI points off this machine. */
export function isRemoteArtifactUri(uri: string): boolean {
  return REMOTE_SCHEME.test(uri)
}

/**
 * A path relative to an artifact root, backslashes read as `/`, checked by `safeArtifactPath`:
 * no `..`, no absolute path. Returns the cleaned path ('' for the root) or null when refused.
 */
export function cleanArtifactPath(path: string | undefined): string | null {
  return safeArtifactPath((path ?? '').replaceAll('\\', '/'))
}
