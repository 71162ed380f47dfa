/**
 * End to end: spawns `tsx scripts/monitor.ts` as `npm run --silent monitor -- --json` runs it and
 * checks that stdout is exactly the report (progress goes to stderr), and how it fails.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const DEV = join(ROOT, 'data/output/predictions_dev.parquet')
const PROD = join(ROOT, 'data/output/predictions_prod.parquet')

function monitor(args: string[], env: Record<string, string> = {}) {
  return promisify(execFile)(TSX, ['scripts/monitor.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  )
}

describe('npm run monitor (CLI)', () => {
  it.skipIf(!existsSync(DEV) || !existsSync(PROD))(
    '--json prints the report and nothing else on stdout',
    async () => {
      const { code, stdout, stderr } = await monitor(['--json', '--no-log', '--draws', '20'], {
        MONITOR_PREDICTIONS_DEV: DEV,
        MONITOR_PREDICTIONS_PROD: PROD,
      })
      expect(code).toBe(0)
      const report = JSON.parse(stdout) as Record<string, unknown>
      for (const key of [
        'features',
        'dataset_drift',
        'metrics',
        'calibration',
        'chunks',
        'slices',
        'signals',
      ]) {
        expect(report).toHaveProperty(key)
      }
      expect(Object.keys(report.metrics as object)).toEqual(['dev', 'prod', 'prod_estimated'])
      expect(Object.keys(report.dataset_drift as object).slice(0, 2)).toEqual(['share', 'drift'])
      expect(stderr).toContain('not logged to MLflow: not asked to log (--no-log)')
    },
    120_000,
  )

  it('refuses a bad flag with exit code 2 and the usage', async () => {
    const { code, stderr } = await monitor(['--metric', 'mse'])
    expect(code).toBe(2)
    expect(stderr).toContain('--metric must be one of log_loss, f1_score')
    expect(stderr).toContain('usage: npm run monitor')
  })

  it('refuses a malformed value matrix, naming the part', async () => {
    const { code, stderr } = await monitor(['--value-matrix', 'tp=1,fp=x'])
    expect(code).toBe(2)
    expect(stderr).toContain(
      '--value-matrix must be tp=<n>,fp=<n>,tn=<n>,fn=<n>, but "fp=x" is not',
    )
  })

  it('names a missing predictions file in one sentence, exit code 1', async () => {
    const { code, stderr } = await monitor(['--no-log'], {
      MONITOR_PREDICTIONS_DEV: '/nonexistent/dev.parquet',
      MONITOR_PREDICTIONS_PROD: PROD,
    })
    expect(code).toBe(1)
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^error: .*\/nonexistent\/dev\.parquet/)
  })
})
