/**
 * npm run bench:monitor -- [--rows 1000000] [--draws 200]
 *
 * Times the whole monitoring pass (`npm run monitor`: read both predictions files, drift,
 * metrics, calibration, thresholds, CBPE with its interval, season and month chunks, slices,
 * signals, logging the Monitoramento run) on a generated prod file of --rows rows (Kobe prod rows
 * resampled with a fixed seed, as bench:ui generates them) against the pipeline's dev file. The
 * pass runs in a child process so its peak RSS is its own, and logs into a temporary copy of
 * mlruns/. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openFileStoreWriter } from '@/lib/mlflow/filestore/writer'
import { logMonitoringRun } from '@/lib/monitoring/log-monitoring-run'
import { buildMonitoringReport } from '@/lib/monitoring/monitoring-report'
import { readMonitorDatasets } from '@/lib/monitoring/read-monitor-datasets'
import { generatePredictions } from './bench-ui/generate-predictions'

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    draws: { type: 'string', default: '200' },
    child: { type: 'boolean' },
    dev: { type: 'string' },
    prod: { type: 'string' },
    store: { type: 'string' },
  },
})

async function child(dev: string, prod: string, store: string, draws: number) {
  const t0 = performance.now()
  const { dev: devData, prod: prodData } = await readMonitorDatasets(dev, prod)
  const t1 = performance.now()
  const report = buildMonitoringReport(devData, prodData, { draws })
  const t2 = performance.now()
  const json = JSON.stringify(report, null, 1)
  const writer = await openFileStoreWriter(store)
  await logMonitoringRun(
    { writer, experimentId: await writer.getOrCreateExperiment('bench') },
    report,
    json,
  )
  const t3 = performance.now()
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  console.log(
    `rows: dev ${devData.rows.toLocaleString('en')}, prod ${prodData.rows.toLocaleString('en')}; ${report.chunks.length} chunks, ${report.slices.length} slices, ${draws} draws`,
  )
  console.log(`read both files:   ${s(t1 - t0)}`)
  console.log(`monitoring report: ${s(t2 - t1)}`)
  console.log(
    `log the MLflow run (report.json ${(json.length / 1024).toFixed(0)} KB): ${s(t3 - t2)}`,
  )
  console.log(`whole pass:        ${s(t3 - t0)}`)
  const cpu = process.cpuUsage()
  console.log(
    `CPU time:          ${s((cpu.user + cpu.system) / 1000)} (wall time above includes waiting for a shared CPU)`,
  )
  console.log(`peak RSS:          ${mb(process.resourceUsage().maxRSS * 1024)}`)
}

if (values.child) {
  await child(values.dev!, values.prod!, values.store!, Number(values.draws))
} else {
  const rows = Number(values.rows)
  const folder = await mkdtemp(join(tmpdir(), 'bench-monitor-'))
  try {
    const dev = join(process.cwd(), 'data/output/predictions_dev.parquet')
    const prod = join(folder, 'predictions_prod.parquet')
    const generated = await generatePredictions(
      join(process.cwd(), 'data/output/predictions_prod.parquet'),
      prod,
      rows,
      7,
    )
    console.log(`generated ${rows.toLocaleString('en')} prod rows (${mb(generated.bytes)})`)
    const store = join(folder, 'mlruns')
    await cp(join(process.cwd(), 'mlruns'), store, { recursive: true })
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/bench-monitor.ts',
        '--child',
        '--dev',
        dev,
        '--prod',
        prod,
        '--store',
        store,
        '--draws',
        String(values.draws),
      ],
      { stdio: 'inherit' },
    )
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
