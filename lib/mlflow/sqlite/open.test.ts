import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { SqliteStoreError } from './error'
import { isSqliteFile } from './header'
import { openSqliteStore } from './store'

const FIXTURES = fileURLToPath(new URL('../fixtures/sqlite/', import.meta.url))
const odd = (name: string) => join(FIXTURES, 'odd', name)
const MLFLOW_3X = join(FIXTURES, 'mlflow-3x', 'mlflow.db')

describe('files that are not MLflow databases give a clear SqliteStoreError', () => {
  test.each([
    ['missing.db', /missing\.db: file not found/],
    ['mlruns.db', /mlruns\.db: is a directory, not a SQLite database file/],
    ['zero-bytes/mlflow.db', /mlflow\.db: the file is empty \(0 bytes\)/],
    [
      'notes.db',
      /notes\.db: not a SQLite database .*it looks like text \(starts with "these are notes/,
    ],
    ['empty.db', /empty\.db: SQLite database without MLflow tracking tables .*it has no tables/],
    [
      'inventory.sqlite',
      /inventory\.sqlite: SQLite database without MLflow tracking tables \(missing experiments and runs\); its tables are: items, orders/,
    ],
  ])('%s', async (name, message) => {
    const error = await openSqliteStore(odd(name)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SqliteStoreError)
    expect((error as Error).message).toMatch(message)
  })

  test('a truncated database is reported as unreadable, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-open-'))
    const truncated = join(dir, 'mlflow.db')
    writeFileSync(truncated, readFileSync(MLFLOW_3X).subarray(0, 3000))
    const error = await openSqliteStore(truncated).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SqliteStoreError)
    expect((error as Error).message).toMatch(
      /mlflow\.db: (unreadable SQLite database|SQLite database without)/,
    )
  })
})

describe('write-ahead-log databases', () => {
  test('open (header switched to rollback mode in memory) and name the unmerged -wal file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-wal-'))
    const db = join(dir, 'mlflow.db')
    const bytes = readFileSync(MLFLOW_3X)
    bytes[18] = 2
    bytes[19] = 2
    writeFileSync(db, bytes)
    writeFileSync(`${db}-wal`, new Uint8Array(4096))
    const store = await openSqliteStore(db)
    expect((await store.listRuns('1')).length).toBe(4)
    expect(store.problems()).toEqual([
      {
        path: `${db}-wal`,
        message: expect.stringMatching(/not yet merged into the database file/),
      },
    ])
    expect(readFileSync(db)[18]).toBe(2) // the file itself is never written
    store.close()
  })
})

describe('isSqliteFile', () => {
  test('looks at the 16-byte header, whatever the name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-magic-'))
    copyFileSync(MLFLOW_3X, join(dir, 'tracking.bin'))
    expect(await isSqliteFile(join(dir, 'tracking.bin'))).toBe(true)
    expect(await isSqliteFile(odd('notes.db'))).toBe(false)
    expect(await isSqliteFile(odd('zero-bytes/mlflow.db'))).toBe(false)
    expect(await isSqliteFile(odd('empty.db'))).toBe(true)
  })
})
