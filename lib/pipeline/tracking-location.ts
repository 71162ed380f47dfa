import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PipelineInputError } from './pipeline-input-error'

/**
 * The FileStore folder for an MLflow tracking URI: a plain path (relative to `baseDir`) or a
 * file:// URI. Database and server URIs are refused: the pipeline writes only FileStores.
 */
export function fileStoreRoot(uri: string, baseDir: string): string {
  const trimmed = uri.trim()
  if (trimmed.startsWith('file://')) {
    try {
      return fileURLToPath(trimmed)
    } catch (error) {
      throw new PipelineInputError(
        `MLFLOW_TRACKING_URI "${uri}" is not a usable file URI: ${(error as Error).message}`,
      )
    }
  }
  if (trimmed.startsWith('file:')) return path.resolve(baseDir, trimmed.slice(5))
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]+):/.exec(trimmed)?.[1]
  if (scheme) {
    throw new PipelineInputError(
      `MLFLOW_TRACKING_URI "${uri}" uses "${scheme}:", but the pipeline writes only MLflow ` +
        'FileStores: set it to a folder path or a file:// URI, or unset it to write ./mlruns',
    )
  }
  return path.resolve(baseDir, trimmed)
}
