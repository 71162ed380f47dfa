/**
 * Benchmarks the MLflow FileStore reader on a generated store (default 1,000 runs × 20 metrics ×
 * 100 steps, in os.tmpdir()): listExperiments + listRuns with latest metrics, then every metric
 * history of one run. Reading runs in a child process so its peak RSS is not the generator's.
 *
 *   npm run bench:readers                       # default sizes
 *   npm run bench:readers -- --runs 200 --keep  # smaller store, keep it for inspection
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openFileStore } from '../lib/mlflow/filestore/reader'
import { writeManyRunsStore } from './many-runs-store'

function argValue(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer`)
  return value
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

async function read(root: string): Promise<void> {
  const started = performance.now()
  const store = openFileStore(root)
  const experiments = await store.listExperiments()
  const bench = experiments.find((experiment) => experiment.name === 'bench')
  if (!bench) throw new Error(`no "bench" experiment in ${root}`)
  const runs = await store.listRuns(bench.id)
  const listed = performance.now()
  const run = runs[0]
  if (!run) throw new Error('no runs')
  const keys = Object.keys(run.metrics)
  const histories = await Promise.all(keys.map((key) => store.getMetricHistory(run.id, key)))
  const historied = performance.now()
  const metricCount = runs.reduce((sum, r) => sum + Object.keys(r.metrics).length, 0)
  const points = histories.reduce((sum, h) => sum + h.length, 0)
  console.log(
    `listExperiments + listRuns: ${experiments.length} experiments, ${runs.length} runs, ` +
      `${metricCount} latest metrics in ${seconds(listed - started)}`,
  )
  console.log(
    `metric histories of one run: ${keys.length} keys, ${points} points in ${seconds(historied - listed)}`,
  )
  console.log(`problems: ${store.problems().length}`)
  console.log(
    `reader peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)} (heap used now ${mb(process.memoryUsage().heapUsed)})`,
  )
}

async function main(): Promise<void> {
  const readIndex = process.argv.indexOf('--read')
  if (readIndex >= 0) return read(process.argv[readIndex + 1] ?? '')
  const sizes = {
    runs: argValue('runs', 1000),
    metrics: argValue('metrics', 20),
    steps: argValue('steps', 100),
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-readers-'))
  const root = join(dir, 'mlruns')
  try {
    console.log(
      `generating ${sizes.runs} runs × ${sizes.metrics} metrics × ${sizes.steps} steps in ${root}`,
    )
    const started = performance.now()
    await writeManyRunsStore(root, sizes)
    console.log(`generated in ${seconds(performance.now() - started)}`)
    for (const pass of ['first read', 'second read']) {
      console.log(`-- ${pass} (separate process)`)
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--read', root],
        {
          stdio: 'inherit',
        },
      )
      if (child.status !== 0) throw new Error(`reader process failed with status ${child.status}`)
    }
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${root}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
