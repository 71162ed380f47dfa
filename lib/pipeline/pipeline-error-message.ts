import { FileStoreWriteError } from '@/lib/mlflow/filestore/write-error'
import { ParquetReadError } from '@/lib/parquet/parquet-table'
import { fileSystemErrorMessage } from './file-system-error-message'
import { PipelineInputError } from './pipeline-input-error'

/** The one line the CLI prints for a failure: never a stack trace. */
export function pipelineErrorMessage(error: unknown): string {
  const fs = fileSystemErrorMessage(error)
  if (fs) return `error: ${fs}`
  if (
    error instanceof PipelineInputError ||
    error instanceof ParquetReadError ||
    error instanceof FileStoreWriteError
  ) {
    return `error: ${error.message}`
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return `error: the pipeline stopped unexpectedly (${text}); please report it with the command you ran.`
}
