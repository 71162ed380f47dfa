/**
 * Runs the pipeline once when its outputs are missing, so `npm start` and `npm test` work on a
 * fresh clone. Skipped when the user points the dashboard at their own data, and when the
 * outputs exist (run `npm run pipeline` to refresh them).
 */
import { existsSync } from 'node:fs'
import { ParquetReadError } from '@/lib/parquet/parquet-table'
import { formatSummary } from '@/lib/pipeline/format-summary'
import { PipelineInputError } from '@/lib/pipeline/pipeline-input-error'
import { runPipeline } from '@/lib/pipeline/run-pipeline'

const own = ['MONITOR_PROJECT', 'MONITOR_PREDICTIONS_DEV', 'MONITOR_PREDICTIONS_PROD'].find(
  (name) => process.env[name],
)
const outputs = ['data/output/predictions_dev.parquet', 'data/output/predictions_prod.parquet']

if (own) {
  console.log(`ensure-pipeline: ${own} is set, so the dashboard reads your data; pipeline not run`)
} else if (outputs.every((file) => existsSync(file)) && existsSync('mlruns')) {
  console.log('ensure-pipeline: pipeline outputs present (npm run pipeline refreshes them)')
} else {
  console.log('ensure-pipeline: no pipeline outputs yet, running the pipeline once')
  try {
    const result = await runPipeline({}, (line) => console.log(line))
    console.log(formatSummary(result).join('\n'))
  } catch (error) {
    if (error instanceof PipelineInputError || error instanceof ParquetReadError) {
      console.error(`error: ${error.message}`)
      process.exit(1)
    }
    throw error
  }
}
