/**
 * npm run monitor -- [--json] [--no-log] [--metric f1_score] [--max-degradation 0.15]
 *   [--threshold 0.5] [--value-matrix tp=1,fp=-1,tn=0,fn=0] [--experiment kobe] [--draws 200]
 *   [--seed 42]
 *
 * Computes the monitoring report (drift, realised and label-free metrics, calibration,
 * thresholds, chunks, slices, retrain signals) from the same inputs as the dashboard build and
 * logs it as an MLflow run named "Monitoramento". `--json` prints the report on stdout and
 * nothing else; progress goes to stderr. Bad input exits 1 with one sentence; bad flags exit 2.
 */
import { parseArgs } from 'node:util'
import { METRIC_NAMES } from '@/lib/monitoring/metric-set'
import { runMonitor } from '@/lib/monitoring/run-monitor'
import type { ValueMatrix } from '@/lib/monitoring/threshold-optimum'
import { ActiveRuns } from '@/lib/pipeline/active-runs'
import { pipelineErrorMessage } from '@/lib/pipeline/pipeline-error-message'

const USAGE =
  'usage: npm run monitor -- [--json] [--no-log] [--metric f1_score|log_loss|roc_auc|…] ' +
  '[--max-degradation 0.15] [--threshold 0.5] [--value-matrix tp=1,fp=-1,tn=0,fn=0] ' +
  '[--experiment kobe] [--draws 200] [--seed 42]'

const activeRuns = new ActiveRuns()
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    activeRuns.killAll().finally(() => process.exit(code))
  })
}

/** "tp=1,fp=-1,tn=0,fn=0" → the matrix, or the sentence saying what is wrong. */
function parseValueMatrix(text: string): ValueMatrix | string {
  const matrix: Partial<ValueMatrix> = {}
  for (const part of text.split(',')) {
    const [cell, value] = part.split('=').map((x) => x.trim())
    const n = Number(value)
    if (!['tp', 'fp', 'tn', 'fn'].includes(cell ?? '') || value === '' || !Number.isFinite(n)) {
      return `--value-matrix must be tp=<n>,fp=<n>,tn=<n>,fn=<n>, but "${part}" is not`
    }
    matrix[cell as keyof ValueMatrix] = n
  }
  const missing = (['tp', 'fp', 'tn', 'fn'] as const).filter((c) => matrix[c] === undefined)
  if (missing.length) return `--value-matrix lacks ${missing.join(', ')}`
  return matrix as ValueMatrix
}

function fail(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\n`)
  return 2
}

function numberFlag(value: string | undefined, name: string, ok: (n: number) => boolean) {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!ok(n)) throw new Error(`--${name} got "${value}"`)
  return n
}

async function main(argv: string[]): Promise<number> {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        'no-log': { type: 'boolean' },
        metric: { type: 'string' },
        'max-degradation': { type: 'string' },
        threshold: { type: 'string' },
        experiment: { type: 'string' },
        draws: { type: 'string' },
        seed: { type: 'string' },
        'value-matrix': { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values
  } catch (error) {
    return fail((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (values.metric && !METRIC_NAMES.includes(values.metric as never)) {
    return fail(`--metric must be one of ${METRIC_NAMES.join(', ')}, got "${values.metric}"`)
  }
  let threshold, maxDegradation, draws, seed
  try {
    threshold = numberFlag(values.threshold, 'threshold', (n) => n >= 0 && n <= 1)
    maxDegradation = numberFlag(values['max-degradation'], 'max-degradation', (n) => n > 0)
    draws = numberFlag(values.draws, 'draws', (n) => Number.isInteger(n) && n >= 10)
    seed = numberFlag(values.seed, 'seed', (n) => Number.isInteger(n) && n >= 0)
  } catch (error) {
    return fail(
      `${(error as Error).message}: threshold is 0–1, max-degradation > 0, draws an integer ≥ 10, seed an integer ≥ 0`,
    )
  }
  let valueMatrix: ValueMatrix | undefined
  if (values['value-matrix'] !== undefined) {
    const parsed = parseValueMatrix(values['value-matrix'])
    if (typeof parsed === 'string') return fail(parsed)
    valueMatrix = parsed
  }
  const note = (line: string) => process.stderr.write(`${line}\n`)
  const result = await runMonitor({
    env: process.env,
    cwd: process.cwd(),
    log: !values['no-log'],
    experiment: values.experiment,
    reactiveMetric: values.metric,
    maxDegradation,
    threshold,
    draws,
    seed,
    valueMatrix,
    note: values.json ? note : (line) => console.log(line),
    activeRuns,
  })
  if (values.json) {
    // a pipe is written asynchronously: wait until the report is handed over before exiting
    await new Promise<void>((done) => process.stdout.write(`${result.json}\n`, () => done()))
  } else {
    const r = result.report
    console.log(
      `drift: ${r.dataset_drift.drifted.length} of ${r.dataset_drift.columns} features drifted` +
        ` (${r.dataset_drift.drifted.join(', ') || 'none'}); dataset drift ${r.dataset_drift.drift}`,
    )
    if (r.estimate.validity) console.log(r.estimate.validity.verdict)
    for (const s of r.signals)
      console.log(`${s.triggered ? 'SIGNAL' : 'ok    '} ${s.kind}: ${s.cause}`)
    console.log(r.verdict.sentence)
  }
  if ('skipped' in result.logged) note(`not logged to MLflow: ${result.logged.skipped}`)
  else
    note(
      `logged run Monitoramento ${result.runId} to ${result.logged.root} (experiment ${result.logged.experimentId})`,
    )
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${pipelineErrorMessage(error).replace('the pipeline stopped', 'monitoring stopped')}\n`,
    )
    process.exit(1)
  },
)
