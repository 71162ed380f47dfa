import { readFile, stat } from 'node:fs/promises'
import type { Database } from 'sql.js'
import { describeContent } from '../../parquet/parquet-table'
import type { Problem } from '../../tracking/types'
import { loadSqlJs } from './engine'
import { SqliteStoreError } from './error'
import { hasSqliteMagic, isWalMode } from './header'
import { readSqliteSchema, type SqliteSchema } from './schema'

export interface OpenedSqliteDatabase {
  db: Database
  schema: SqliteSchema
  /** things worth knowing that did not stop the database from opening (an unmerged WAL file) */
  problems: Problem[]
}

async function readDatabaseBytes(path: string): Promise<Uint8Array> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new SqliteStoreError(path, 'file not found')
    throw new SqliteStoreError(path, `cannot read: ${(error as Error).message}`)
  }
  if (info.isDirectory()) {
    throw new SqliteStoreError(
      path,
      'is a directory, not a SQLite database file (an MLflow database is one file, e.g. mlflow.db)',
    )
  }
  if (info.size === 0) {
    throw new SqliteStoreError(
      path,
      'the file is empty (0 bytes), so it holds no MLflow tables yet (MLflow creates them on first use)',
    )
  }
  return new Uint8Array(await readFile(path))
}

async function walProblems(path: string): Promise<Problem[]> {
  const wal = `${path}-wal`
  try {
    const info = await stat(wal)
    if (info.size === 0) return []
    return [
      {
        path: wal,
        message:
          'write-ahead log holds changes not yet merged into the database file; they are not shown ' +
          '(stop the MLflow server, or run `sqlite3 <db> "PRAGMA wal_checkpoint"`, then reload)',
      },
    ]
  } catch {
    return []
  }
}

/**
 * Opens an MLflow SQLite database read-only: the file is copied into memory, so nothing is ever
 * written back. Throws SqliteStoreError (naming the file) for a missing file, a directory, an empty
 * file, a file that is not SQLite, a corrupt file or a SQLite file without MLflow tables.
 */
export async function openSqliteDatabase(path: string): Promise<OpenedSqliteDatabase> {
  const bytes = await readDatabaseBytes(path)
  if (!hasSqliteMagic(bytes)) {
    throw new SqliteStoreError(
      path,
      `not a SQLite database (no "SQLite format 3" header): ${describeContent(bytes)}`,
    )
  }
  const problems: Problem[] = []
  if (isWalMode(bytes)) {
    bytes[18] = 1
    bytes[19] = 1
    problems.push(...(await walProblems(path)))
  }
  const SQL = await loadSqlJs()
  let db: Database | null = null
  try {
    db = new SQL.Database(bytes)
    const schema = readSqliteSchema(db)
    const missing = ['experiments', 'runs'].filter((table) => !schema.hasTable(table))
    if (missing.length > 0) {
      const found =
        schema.tables.length > 0
          ? `its tables are: ${schema.tables.join(', ')}`
          : 'it has no tables'
      throw new SqliteStoreError(
        path,
        `SQLite database without MLflow tracking tables (missing ${missing.join(' and ')}); ${found}`,
      )
    }
    return { db, schema, problems }
  } catch (error) {
    db?.close()
    if (error instanceof SqliteStoreError) throw error
    throw new SqliteStoreError(path, `unreadable SQLite database: ${(error as Error).message}`)
  }
}
