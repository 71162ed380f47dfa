/**
 * npm run pipeline -- [--data-dir d] [--experiment e] [--seed n] [--test-size f]
 * prepare → train → apply on the Kobe data, logged to an MLflow FileStore. Bad input exits 1
 * with one message and no stack trace.
 */
import { FileStoreWriteError } from '@/lib/mlflow/filestore-writer'
import { ParquetReadError } from '@/lib/parquet/parquet-table'
import { formatSummary } from '@/lib/pipeline/format-summary'
import { parsePipelineArgs, PIPELINE_USAGE } from '@/lib/pipeline/parse-pipeline-args'
import { PipelineInputError } from '@/lib/pipeline/pipeline-input-error'
import { runPipeline } from '@/lib/pipeline/run-pipeline'

async function main(): Promise<number> {
  const { help, options } = parsePipelineArgs(process.argv.slice(2))
  if (help) {
    console.log(PIPELINE_USAGE)
    return 0
  }
  const result = await runPipeline(options, (line) => console.log(line))
  console.log(formatSummary(result).join('\n'))
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof PipelineInputError ||
      error instanceof ParquetReadError ||
      error instanceof FileStoreWriteError
    console.error(known ? `error: ${(error as Error).message}` : error)
    process.exit(1)
  },
)
