import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeRawFixture } from '@/lib/pipeline/fixtures/raw-fixture'

const repo = path.resolve(__dirname, '..')
const run = promisify(execFile)

/** Runs the real CLI with tsx in `cwd` (a temporary project) and returns code and output. */
async function cli(cwd: string, args: string[]) {
  const tsx = path.join(repo, 'node_modules', '.bin', 'tsx')
  const env = { ...process.env }
  for (const name of ['KOBE_DATA_DIR', 'MLFLOW_TRACKING_URI', 'MLFLOW_EXPERIMENT_NAME'])
    delete env[name]
  try {
    const { stdout, stderr } = await run(
      tsx,
      [
        '--tsconfig',
        path.join(repo, 'tsconfig.json'),
        path.join(repo, 'scripts', 'pipeline.ts'),
        ...args,
      ],
      { cwd, env },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('npm run pipeline (scripts/pipeline.ts)', () => {
  let project: string
  let data: string
  beforeAll(async () => {
    project = await mkdtemp(path.join(os.tmpdir(), 'kobe-cli-'))
    data = path.join(project, 'in')
    await mkdir(data)
    await writeRawFixture(path.join(data, 'dataset_kobe_dev.parquet'))
    await writeRawFixture(path.join(data, 'dataset_kobe_prod.parquet'), { seed: 3, rows: 120 })
  })

  it('runs the three stages and prints a summary', async () => {
    const { code, stdout } = await cli(project, [
      '--data-dir',
      'in',
      '--seed',
      '3',
      '--experiment',
      'cli',
    ])
    expect(code).toBe(0)
    expect(stdout).toMatch(/Stage PreparacaoDados\n {2}\d+ of 400 rows complete/)
    expect(stdout).toMatch(
      /chosen model: (LogisticRegression|DecisionTree) \((lowest log loss|log loss) on base_test/,
    )
    expect(stdout).toContain('prod rows: 120 scored')
    expect(stdout).toContain('    data/output/predictions_prod.parquet')
    expect(stdout).toContain(`MLflow: ${path.join(project, 'mlruns')} (experiment "cli"`)
  })

  it('exits 1 with only the message on bad input', async () => {
    const bad = path.join(project, 'bad')
    await mkdir(bad)
    await writeFile(path.join(bad, 'dataset_kobe_dev.parquet'), 'shot_id,lat\n1,34.0\n')
    await writeRawFixture(path.join(bad, 'dataset_kobe_prod.parquet'))
    const { code, stderr } = await cli(project, ['--data-dir', 'bad'])
    expect(code).toBe(1)
    expect(stderr).toBe(
      `error: ${path.join(bad, 'dataset_kobe_dev.parquet')}: not a parquet file (no "PAR1" magic ` +
        'bytes): it looks like CSV text (starts with "shot_id,lat")\n',
    )
  })

  it('prints the usage for --help and refuses unknown flags', async () => {
    expect((await cli(project, ['--help'])).stdout).toMatch(
      /^Usage: npm run pipeline -- \[options\]/,
    )
    const unknown = await cli(project, ['--sede', '1'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/^error: Unknown option '--sede'/)
  })
})
