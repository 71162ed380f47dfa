/**
 * npm run pipeline -- [--data-dir d] [--experiment e] [--seed n] [--test-size f]
 * prepare → train → apply on the Kobe data, logged to an MLflow FileStore. Bad input and
 * file-system errors exit 1 with one sentence and no stack trace; SIGINT/SIGTERM end the open
 * runs KILLED and exit 130/143.
 */
import { ActiveRuns } from '@/lib/pipeline/active-runs'
import { formatSummary } from '@/lib/pipeline/format-summary'
import { parsePipelineArgs, PIPELINE_USAGE } from '@/lib/pipeline/parse-pipeline-args'
import { pipelineErrorMessage } from '@/lib/pipeline/pipeline-error-message'
import { runPipeline } from '@/lib/pipeline/run-pipeline'

const activeRuns = new ActiveRuns()
let stopping = false

function onSignal(signal: 'SIGINT' | 'SIGTERM', code: number) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    activeRuns.killAll().then(
      (ids) => {
        const runs = ids.length ? `; run ${ids.join(', ')} marked KILLED` : ''
        console.error(`Interrupted by ${signal}${runs}.`)
        process.exit(code)
      },
      (error: unknown) => {
        console.error(`Interrupted by ${signal}; ${pipelineErrorMessage(error)}`)
        process.exit(code)
      },
    )
  })
}
onSignal('SIGINT', 130)
onSignal('SIGTERM', 143)

async function main(): Promise<number> {
  const { help, options } = parsePipelineArgs(process.argv.slice(2))
  if (help) {
    console.log(PIPELINE_USAGE)
    return 0
  }
  const result = await runPipeline(options, (line) => console.log(line), activeRuns)
  console.log(formatSummary(result).join('\n'))
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (stopping) return
    console.error(pipelineErrorMessage(error))
    process.exit(1)
  },
)
