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
import initSqlJs from 'sql.js'
import { afterAll, describe, expect, test } from 'vitest'
import { openFileStore } from './filestore/reader'
import { artifactUriSegments } from './relocated-artifacts'
import { openSqliteStore } from './sqlite/store'

const SQLITE = fileURLToPath(new URL('./fixtures/sqlite/mlflow-3x/', import.meta.url))
const temp = mkdtempSync(join(tmpdir(), 'relocated-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const RUN = 'c0ffee00000000000000000000000002'
const WINDOWS = `file:///C:/Users/aluno/proj/code/mlruns/1/${RUN}/artifacts`

/** A copy of the SQLite fixture whose runs all record `uri(run)` as artifact_uri, at `dbPath`. */
async function sqliteProject(dbPath: string, uri: (run: string) => string) {
  const SQL = await initSqlJs()
  const db = new SQL.Database(readFileSync(join(SQLITE, 'mlflow.db')))
  const runs = (db.exec('SELECT run_uuid FROM runs')[0]?.values ?? []).map((r) => String(r[0]))
  for (const run of runs) {
    db.run('UPDATE runs SET artifact_uri = ? WHERE run_uuid = ?', [uri(run), run])
  }
  db.run(`UPDATE experiments SET artifact_location = 'file:///C:/Users/aluno/proj/code/mlruns/1'`)
  mkdirSync(join(dbPath, '..'), { recursive: true })
  writeFileSync(dbPath, db.export())
  db.close()
}

/** The fixture run's artifacts (model/, metrics.json) committed under `folder`. */
function commitArtifacts(folder: string) {
  mkdirSync(folder, { recursive: true })
  cpSync(join(SQLITE, 'mlartifacts', '1', RUN, 'artifacts'), folder, { recursive: true })
}

describe('artifactUriSegments', () => {
  test('reads URIs from any machine as path segments', () => {
    expect(artifactUriSegments(WINDOWS)).toEqual([
      'Users',
      'aluno',
      'proj',
      'code',
      'mlruns',
      '1',
      RUN,
      'artifacts',
    ])
    expect(artifactUriSegments(`C:\\Users\\aluno\\proj\\mlruns\\1\\${RUN}\\artifacts`)).toEqual([
      'Users',
      'aluno',
      'proj',
      'mlruns',
      '1',
      RUN,
      'artifacts',
    ])
    expect(artifactUriSegments(`mlflow-artifacts://srv:5000/1/${RUN}/artifacts`)).toEqual([
      'mlartifacts',
      '1',
      RUN,
      'artifacts',
    ])
    expect(artifactUriSegments(`/home/x/my%20proj/mlruns/1/${RUN}/artifacts`)[2]).toBe('my proj')
  })
})

describe('a student project whose store records another machine', () => {
  test('SQLite at the project root, artifacts committed under code/mlruns: found by the longest suffix', async () => {
    const project = join(temp, 'sqlite-root')
    await sqliteProject(
      join(project, 'mlflow.db'),
      (run) => `file:///C:/Users/aluno/proj/code/mlruns/1/${run}/artifacts`,
    )
    commitArtifacts(join(project, 'code', 'mlruns', '1', RUN, 'artifacts'))
    // a stray older copy under another folder shares a shorter suffix and loses
    commitArtifacts(join(project, 'backup', 'mlruns', '1', RUN, 'artifacts'))
    const store = await openSqliteStore(join(project, 'mlflow.db'))
    expect(await store.artifactLocation!(RUN)).toEqual({
      folder: join(project, 'code', 'mlruns', '1', RUN, 'artifacts'),
      recorded: WINDOWS,
      how: 'relocated',
      matched: `code/mlruns/1/${RUN}/artifacts`,
    })
    expect((await store.listArtifacts(RUN)).map((e) => e.path)).toEqual(['metrics.json', 'model'])
    const model = new TextDecoder().decode(await store.readArtifact(RUN, 'model/MLmodel'))
    expect(model).toContain('flavors')
    // the runs without a copy are one problem each, naming the run and where it looked
    expect(await store.artifactLocation!('c0ffee00000000000000000000000006')).toBeNull()
    expect(
      store
        .problems()
        .some((p) =>
          p.message.startsWith(
            'no artifact folder found for run "c0ffee00000000000000000000000006"',
          ),
        ),
    ).toBe(true)
    store.close()
  })

  test('SQLite inside code/, Windows backslashes, experiment renumbered: <run>/artifacts still matches', async () => {
    const project = join(temp, 'sqlite-code')
    await sqliteProject(
      join(project, 'code', 'mlflow.db'),
      (run) => `C:\\Users\\aluno\\proj\\code\\mlruns\\1\\${run}\\artifacts`,
    )
    commitArtifacts(join(project, 'code', 'mlruns', '4', RUN, 'artifacts'))
    const store = await openSqliteStore(join(project, 'code', 'mlflow.db'))
    const found = await store.artifactLocation!(RUN)
    expect(found?.folder).toBe(join(project, 'code', 'mlruns', '4', RUN, 'artifacts'))
    expect(found?.matched).toBe(`${RUN}/artifacts`)
    store.close()
  })

  test('a FileStore copied from Linux /home/x: its artifacts moved to mlartifacts/ are found', async () => {
    const project = join(temp, 'filestore')
    const root = join(project, 'src', 'kobe', 'mlruns')
    const run = join(root, '1', RUN)
    mkdirSync(run, { recursive: true })
    writeFileSync(
      join(root, '1', 'meta.yaml'),
      `artifact_location: /home/x/proj/src/kobe/mlruns/1\nexperiment_id: '1'\nlifecycle_stage: active\nname: kobe\n`,
    )
    writeFileSync(
      join(run, 'meta.yaml'),
      `artifact_uri: mlflow-artifacts:/1/${RUN}/artifacts\nend_time: 1733000400000\n` +
        `experiment_id: '1'\nlifecycle_stage: active\nrun_id: ${RUN}\nrun_name: lr\n` +
        `run_uuid: ${RUN}\nsource_name: ''\nsource_type: 4\nsource_version: ''\n` +
        `start_time: 1733000000000\nstatus: 3\ntags: []\nuser_id: x\n`,
    )
    commitArtifacts(join(project, 'src', 'kobe', 'mlartifacts', '1', RUN, 'artifacts'))
    const store = await openFileStore(root)
    expect(await store.artifactLocation!(RUN)).toMatchObject({
      folder: join(project, 'src', 'kobe', 'mlartifacts', '1', RUN, 'artifacts'),
      how: 'relocated',
      matched: `mlartifacts/1/${RUN}/artifacts`,
    })
    expect((await store.listArtifacts(RUN)).map((e) => e.path)).toContain('metrics.json')
  })

  test('a copy outside the project or behind a symlink is never used', async () => {
    const project = join(temp, 'escape')
    const outside = join(temp, 'elsewhere', 'code', 'mlruns', '1', RUN, 'artifacts')
    commitArtifacts(outside)
    await sqliteProject(
      join(project, 'mlflow.db'),
      (run) => `file:///C:/Users/aluno/proj/code/mlruns/1/${run}/artifacts`,
    )
    mkdirSync(join(project, 'code', 'mlruns', '1', RUN), { recursive: true })
    symlinkSync(outside, join(project, 'code', 'mlruns', '1', RUN, 'artifacts'))
    const store = await openSqliteStore(join(project, 'mlflow.db'))
    expect(await store.artifactLocation!(RUN)).toBeNull()
    expect(await store.listArtifacts(RUN)).toEqual([])
    store.close()
  })

  test('a copy in a folder named in MONITOR_ARTIFACT_ROOTS is found there', async () => {
    const project = join(temp, 'extra-root')
    const shared = join(temp, 'shared-artifacts')
    await sqliteProject(
      join(project, 'mlflow.db'),
      (run) => `file:///C:/Users/aluno/proj/code/mlruns/1/${run}/artifacts`,
    )
    commitArtifacts(join(shared, 'mlruns', '1', RUN, 'artifacts'))
    const before = process.env.MONITOR_ARTIFACT_ROOTS
    process.env.MONITOR_ARTIFACT_ROOTS = shared
    try {
      const store = await openSqliteStore(join(project, 'mlflow.db'))
      expect(await store.artifactLocation!(RUN)).toMatchObject({
        folder: join(shared, 'mlruns', '1', RUN, 'artifacts'),
        matched: `mlruns/1/${RUN}/artifacts`,
      })
      store.close()
    } finally {
      if (before === undefined) delete process.env.MONITOR_ARTIFACT_ROOTS
      else process.env.MONITOR_ARTIFACT_ROOTS = before
    }
  })
})
