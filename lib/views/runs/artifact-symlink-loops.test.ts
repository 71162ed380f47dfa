import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../mlflow/sqlite/store'
import { openTrackingInput } from '../../site-data/open-tracking-input'
import { buildRunsSnapshot } from '../../site-data/runs/build-runs-snapshot'
import { parseRunsSnapshot } from '../../site-data/runs/parse-runs-snapshot'

const FILESTORE = fileURLToPath(
  new URL('../../mlflow/fixtures/filestore/mlflow1x/mlruns', import.meta.url),
)
const SQLITE = fileURLToPath(new URL('../../mlflow/fixtures/sqlite/mlflow-3x/', import.meta.url))
const RUN = '5b9f3a6f0c9d4f3e8a7b6c5d4e3f2a1b'
const TWIN = 'ffffffffffffffffffffffffffffffff'
const temp = mkdtempSync(join(tmpdir(), 'artifact-loops-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/**
 * Two folders outside each other that link to each other (shared/a/b → shared/b,
 * shared/b/a → shared/a), inside the project but outside the run's artifact folder, so the
 * containment rule alone lets them through; `link` is where the run's artifacts point at a.
 */
function crossLinkedFolders(project: string, link: string) {
  const shared = join(project, 'shared')
  mkdirSync(join(shared, 'a'), { recursive: true })
  mkdirSync(join(shared, 'b'))
  writeFileSync(join(shared, 'a', 'x.txt'), 'in a\n')
  writeFileSync(join(shared, 'b', 'y.txt'), 'in b\n')
  symlinkSync(join(shared, 'b'), join(shared, 'a', 'b'))
  symlinkSync(join(shared, 'a'), join(shared, 'b', 'a'))
  symlinkSync(join(shared, 'a'), link)
}

describe('symlinked folders that loop through folders outside the artifact folder', async () => {
  const project = join(temp, 'project')
  const store = join(project, 'mlruns')
  cpSync(FILESTORE, store, { recursive: true })
  const artifacts = join(store, '1', RUN, 'artifacts')
  crossLinkedFolders(project, join(artifacts, 'a'))
  // a link to an ancestor reached through the linked folder: shared/a/up → project
  symlinkSync(project, join(project, 'shared', 'a', 'up'))
  // links among the run folders: the experiment folder itself, and a second name for RUN
  symlinkSync('.', join(store, '1', 'loop'))
  symlinkSync(RUN, join(store, '1', TWIN))
  const out = join(temp, 'out')
  await buildRunsSnapshot({
    tracking: await openTrackingInput(store, project),
    outDir: out,
    cwd: project,
  })
  const back = parseRunsSnapshot(readFileSync(join(out, 'runs.json'), 'utf8'))
  const run = back.runs.find((r) => r.id === RUN)!
  const problems = back.problems.map((p) => `${p.path}: ${p.message}`)

  it('walks a → b once and refuses b → a by its real path, with one problem line', () => {
    expect(run.artifacts.map((a) => a.path)).toEqual([
      'a',
      'a/b',
      'a/b/y.txt',
      'a/x.txt',
      'model.pkl',
      'plots',
      'plots/roc.png',
    ])
    expect(run.artifactsTruncated).toBe(false)
    const loops = problems.filter((p) => p.includes(`"a/b/a" of run "${RUN}"`))
    expect(loops).toEqual([
      `./mlruns/1/${RUN}/artifacts/a/b/a: artifact "a/b/a" of run "${RUN}" refused: a symlinked folder leading to ${project}/shared/a, already walked as "a" (a loop)`,
    ])
  })

  it('refuses a link to an ancestor of a walked folder, once', () => {
    expect(problems.filter((p) => p.includes(`"a/up" of run`))).toEqual([
      `./mlruns/1/${RUN}/artifacts/a/up: artifact "a/up" of run "${RUN}" refused: a symlinked folder leading to ${project}, which holds the artifact folder, already walked (a loop)`,
    ])
  })

  it('lists no phantom run and copies each file once', () => {
    expect(back.runs.map((r) => r.id).sort()).toEqual(['0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a', RUN])
    expect(problems).toContain(
      `./mlruns/1/loop: symlinked run folder leading to ./mlruns/1 skipped: it holds this experiment folder (a loop)`,
    )
    expect(problems).toContain(
      `./mlruns/1/${TWIN}: symlinked run folder leading to ./mlruns/1/${RUN} skipped: it is run folder "${RUN}" again`,
    )
    expect(problems.filter((p) => p.includes('/loop'))).toHaveLength(1)
    expect(readFileSync(join(out, 'artifacts', RUN, 'a', 'x.txt'), 'utf8')).toBe('in a\n')
    expect(readFileSync(join(out, 'artifacts', RUN, 'a', 'b', 'y.txt'), 'utf8')).toBe('in b\n')
    expect(run.artifacts.filter((a) => a.path.endsWith('.txt'))).toHaveLength(2)
  })
})

it('a SQLite store refuses the same a → b → a loop by its real path', async () => {
  const project = join(temp, 'sqlite')
  cpSync(SQLITE, project, { recursive: true })
  const run = 'c0ffee00000000000000000000000002'
  crossLinkedFolders(project, join(project, 'mlartifacts', '1', run, 'artifacts', 'a'))
  const store = await openSqliteStore(join(project, 'mlflow.db'))
  const list = async (path?: string) => (await store.listArtifacts(run, path)).map((e) => e.path)
  // as the build walks it: the root first, then each folder it lists
  expect(await list()).toContain('a')
  expect(await list('a')).toEqual(['a/b', 'a/x.txt'])
  expect(await list('a/b')).toEqual(['a/b/y.txt'])
  expect(await list('a/b')).toEqual(['a/b/y.txt'])
  const messages = store.problems().map((p) => p.message)
  expect(messages.filter((m) => m.includes('"a/b/a"'))).toEqual([
    `artifact "a/b/a" of run "${run}" refused: a symlinked folder leading to ${join(project, 'shared', 'a')}, already walked as "a" (a loop)`,
  ])
  store.close()
})
