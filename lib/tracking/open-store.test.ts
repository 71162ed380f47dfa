import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, test } from 'vitest'
import { writeExperiment, writeRun } from './mlruns-test-tree'
import { openTrackingStore } from './open-store'
import { UnsupportedTrackingUriError } from './tracking-uri'

const SQLITE = fileURLToPath(new URL('../mlflow/fixtures/sqlite/', import.meta.url))
const DB_3X = join(SQLITE, 'mlflow-3x', 'mlflow.db')

function projectWithMlruns() {
  const project = mkdtempSync(join(tmpdir(), 'open-store-'))
  writeExperiment(join(project, 'mlruns'), '0', 'Default')
  writeRun(join(project, 'mlruns'), '0', 'c'.repeat(32), 'only-run')
  return project
}

describe('openTrackingStore', () => {
  test.each([
    ['a database path', DB_3X, {}],
    ['sqlite:///relative.db', 'sqlite:///mlflow-3x/mlflow.db', { cwd: SQLITE }],
    ['sqlite:////absolute.db', `sqlite:///${DB_3X}`, {}],
  ])('%s opens the SQLite reader', async (_, uri, options) => {
    const store = await openTrackingStore(uri, options)
    expect(store.kind).toBe('sqlite')
    expect(store.location).toBe(DB_3X)
    expect((await store.listRuns('1')).length).toBe(4)
  })

  test('an mlruns folder, its file:// URI, and a project folder holding it open the FileStore', async () => {
    const project = projectWithMlruns()
    for (const uri of [
      join(project, 'mlruns'),
      pathToFileURL(join(project, 'mlruns')).href,
      project,
    ]) {
      const store = await openTrackingStore(uri)
      expect(store.kind).toBe('filestore')
      expect(store.location).toBe(join(project, 'mlruns'))
      expect((await store.listRuns('0')).map((r) => r.name)).toEqual(['only-run'])
    }
  })

  test('a project folder opens the store the rule chooses: a stray root mlruns does not win', async () => {
    const project = projectWithMlruns() // ./mlruns: one run, no predictions
    copyFileSync(DB_3X, join(project, 'mlflow.db')) // 5 active runs
    expect((await openTrackingStore(project)).kind).toBe('sqlite')
    const dbOnly = mkdtempSync(join(tmpdir(), 'open-store-db-'))
    copyFileSync(DB_3X, join(dbOnly, 'mlflow.db'))
    mkdirSync(join(dbOnly, 'mlruns')) // empty
    expect((await openTrackingStore(dbOnly)).kind).toBe('sqlite')
  })

  test('a project folder with one store somewhere deeper opens it', async () => {
    const store = await openTrackingStore(join(SQLITE, 'mlflow-1.0'))
    expect(store.location).toBe(join(SQLITE, 'mlflow-1.0', 'mlruns.db'))
  })

  test('several stores without predictions: the one with the most runs', async () => {
    const store = await openTrackingStore(SQLITE)
    expect(store.location).toBe(DB_3X)
  })

  test('no store, missing path, a text file: errors naming the path', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'open-store-empty-'))
    await expect(openTrackingStore(empty)).rejects.toThrow(
      `${empty}: no MLflow tracking store found`,
    )
    await expect(openTrackingStore(join(empty, 'nope'))).rejects.toThrow(
      /nope: no such file or folder/,
    )
    writeFileSync(join(empty, 'notes.txt'), 'hello')
    await expect(openTrackingStore(join(empty, 'notes.txt'))).rejects.toThrow(
      /notes\.txt: neither an mlruns folder nor a SQLite database: it looks like text/,
    )
    await expect(
      openTrackingStore(join(SQLITE, 'odd', 'mlruns.db', '..', 'zero-bytes', 'mlflow.db')),
    ).rejects.toThrow(/the file is empty \(0 bytes\)/)
  })

  test('http(s) gives a REST store without calling it; other schemes are refused', async () => {
    const rest = await openTrackingStore('http://127.0.0.1:5000/')
    expect(rest).toMatchObject({ kind: 'rest', location: 'http://127.0.0.1:5000' })
    await expect(openTrackingStore('postgresql://u@db/mlflow')).rejects.toBeInstanceOf(
      UnsupportedTrackingUriError,
    )
  })
})
