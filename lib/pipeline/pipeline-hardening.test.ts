import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { fileSystemErrorMessage } from './file-system-error-message'

const repo = path.resolve(__dirname, '..', '..')
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx')
const script = [
  '--tsconfig',
  path.join(repo, 'tsconfig.json'),
  path.join(repo, 'scripts', 'pipeline.ts'),
]
// /work/main/lib/pipeline → /work/shared; a worktree /work/wt/<name> is one level deeper
const kobeDir =
  process.env.KOBE_DATA_DIR ??
  [path.resolve(repo, '..', 'shared'), path.resolve(repo, '..', '..', 'shared')]
    .map((shared) => path.join(shared, 'data', 'kobe'))
    .find((dir) => existsSync(path.join(dir, 'dataset_kobe_dev.parquet'))) ??
  path.resolve(repo, '..', 'shared', 'data', 'kobe')
const isRoot = process.getuid?.() === 0
const run = promisify(execFile)

function childEnv(trackingUri: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KOBE_DATA_DIR: kobeDir }
  env.MLFLOW_TRACKING_URI = trackingUri
  delete env.MLFLOW_EXPERIMENT_NAME
  return env
}

/** Runs the real CLI in `cwd` with the real Kobe files. */
async function cli(cwd: string, trackingUri = path.join(cwd, 'mlruns')) {
  try {
    const { stdout, stderr } = await run(tsx, script, { cwd, env: childEnv(trackingUri) })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

async function project(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'kobe-harden-'))
}

/** The registered model's @champion version, or null when there is no alias yet. */
async function champion(root: string): Promise<string | null> {
  const models = await readdir(path.join(root, 'models')).catch(() => [])
  if (models.length === 0) return null
  return readFile(path.join(root, 'models', models[0]!, 'aliases', 'champion'), 'utf8').catch(
    () => null,
  )
}

/** Makes `folder` refuse writes: chmod 555, or (as root, where chmod blocks nothing) a file. */
async function blockFolder(folder: string): Promise<string> {
  await rm(folder, { recursive: true, force: true })
  await mkdir(path.dirname(folder), { recursive: true })
  if (isRoot) {
    await writeFile(folder, 'not a folder')
    return 'EEXIST'
  }
  await mkdir(folder, { recursive: true })
  await chmod(folder, 0o555)
  return 'EACCES'
}

function expectOneSentence(stderr: string, fragment: string, code: string) {
  const lines = stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toContain(fragment)
  expect(lines[0]).toContain(code)
  expect(stderr).not.toMatch(/\n\s+at |node:internal|Error: /)
}

describe('pipeline file-system errors: one sentence, exit 1, @champion untouched', () => {
  it('a data/output it may not write leaves @champion on the version whose predictions exist', async () => {
    const dir = await project()
    const ok = await cli(dir)
    expect(ok.code).toBe(0)
    const root = path.join(dir, 'mlruns')
    expect(await champion(root)).toBe('1')
    const code = await blockFolder(path.join(dir, 'data', 'output'))
    const failed = await cli(dir)
    expect(failed.code).toBe(1)
    expectOneSentence(failed.stderr, path.join(dir, 'data', 'output'), code)
    expect(await readdir(path.join(root, 'models', 'kobe-shot-model'))).toContain('version-2')
    expect(await champion(root)).toBe('1')
  }, 60_000)

  it('a data/processed it may not write stops before training, with no alias', async () => {
    const dir = await project()
    const code = await blockFolder(path.join(dir, 'data', 'processed'))
    const failed = await cli(dir)
    expect(failed.code).toBe(1)
    expectOneSentence(failed.stderr, path.join(dir, 'data', 'processed'), code)
    expect(await champion(path.join(dir, 'mlruns'))).toBeNull()
  }, 60_000)

  it('a tracking URI under a regular file (ENOTDIR, even for root) names the path', async () => {
    const dir = await project()
    await writeFile(path.join(dir, 'plain-file'), 'x')
    const uri = path.join(dir, 'plain-file', 'mlruns')
    const failed = await cli(dir, `file://${uri}`)
    expect(failed.code).toBe(1)
    expectOneSentence(failed.stderr, uri, 'ENOTDIR')
  }, 60_000)

  it('an mlruns it may not write (read-only, or a file as root) is one sentence', async () => {
    const dir = await project()
    const root = path.join(dir, 'mlruns')
    const code = await blockFolder(root)
    const failed = await cli(dir)
    expect(failed.code).toBe(1)
    expectOneSentence(failed.stderr, root, code)
  }, 60_000)
})

describe('fileSystemErrorMessage on real errors', () => {
  it('ENOSPC from /dev/full says the disk is full and names the file', async () => {
    let error: unknown
    await writeFile('/dev/full', 'x').catch((e: unknown) => (error = e))
    // Node's write errors carry no path; the sentence still says what happened and what to do
    expect(fileSystemErrorMessage(error)).toBe(
      'The pipeline failed to write a file, ENOSPC: the disk is full: free some space and run the pipeline again.',
    )
  })

  it('ENOTDIR names the path and what to do; a plain Error is not one', async () => {
    const dir = await project()
    await writeFile(path.join(dir, 'f'), 'x')
    let error: unknown
    await mkdir(path.join(dir, 'f', 'sub', 'deeper'), { recursive: true }).catch(
      (e: unknown) => (error = e),
    )
    expect(fileSystemErrorMessage(error)).toMatch(
      /^The pipeline failed to mkdir ".*\/f\/sub\/deeper", ENOTDIR: a part of that path is a regular file/,
    )
    expect(fileSystemErrorMessage(new Error('boom'))).toBeNull()
    expect(fileSystemErrorMessage({ code: 'not-errno' })).toBeNull()
  })
})

/** Starts the CLI, sends `signal` once stdout shows `marker`, resolves with the exit code. */
function interrupt(cwd: string, signal: NodeJS.Signals, marker: string) {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    // node --import tsx, as `npm run pipeline` runs it: no tsx parent process that SIGKILLs a
    // child whose event loop is busy (in a CPU-bound fit) 60 ms after relaying the signal
    const loader = pathToFileURL(path.join(repo, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
    const env = {
      ...childEnv(path.join(cwd, 'mlruns')),
      TSX_TSCONFIG_PATH: path.join(repo, 'tsconfig.json'),
    }
    const child = spawn(process.execPath, ['--import', loader, script.at(-1)!], { cwd, env })
    let stdout = ''
    let stderr = ''
    let sent = false
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (!sent && stdout.includes(marker)) {
        sent = true
        child.kill(signal)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, sig) => resolve({ code: code ?? (sig ? -1 : null), stderr }))
  })
}

async function runMetas(root: string) {
  const metas: Record<string, string> = {}
  for (const exp of await readdir(root)) {
    if (!/^\d{6,}$/.test(exp)) continue
    for (const runId of await readdir(path.join(root, exp))) {
      if (runId === 'meta.yaml') continue
      const meta = await readFile(path.join(root, exp, runId, 'meta.yaml'), 'utf8')
      metas[/run_name: (.*)/.exec(meta)![1]!.trim()] = meta
    }
  }
  return metas
}

describe('pipeline interrupted by a signal', () => {
  for (const [signal, exitCode] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} during training marks the open runs KILLED (5) with an end_time, exit ${exitCode}`, async () => {
      const dir = await project()
      const { code, stderr } = await interrupt(dir, signal, 'Stage Treinamento')
      expect(code).toBe(exitCode)
      expect(stderr).toMatch(new RegExp(`^Interrupted by ${signal}; run [0-9a-f]{32}`))
      const metas = await runMetas(path.join(dir, 'mlruns'))
      expect(metas.PreparacaoDados).toMatch(/\nstatus: 3\n/)
      const training = metas.Treinamento!
      expect(training).toMatch(/\nstatus: 5\n/)
      expect(training).toMatch(/\nend_time: \d{13}\n/)
      for (const meta of Object.values(metas)) expect(meta).not.toMatch(/\nstatus: 1\n/)
      expect(metas.PipelineAplicacao).toBeUndefined()
      expect(await champion(path.join(dir, 'mlruns'))).toBeNull()
    }, 60_000)
  }
})
