import type { Database } from 'sql.js'
import { queryRows, quoteIdentifier, textOf } from './rows'

/**
 * The tables and columns one MLflow database actually has. MLflow's schema grew over ~40 Alembic
 * revisions (runs.deleted_time, latest_metrics, metrics.is_nan, experiments.creation_time,
 * registry tables, aliases, workspace…), so the reader asks instead of pinning a revision.
 */
export interface SqliteSchema {
  tables: string[]
  /** Alembic revision from alembic_version, or null when absent */
  revision: string | null
  hasTable(table: string): boolean
  hasColumn(table: string, column: string): boolean
}

export function readSqliteSchema(db: Database): SqliteSchema {
  const tables = queryRows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .map((row) => textOf(row[0]))
    .filter((name): name is string => name !== null)
  const columns = new Map<string, Set<string>>()
  for (const table of tables) {
    const names = queryRows(db, `PRAGMA table_info(${quoteIdentifier(table)})`).map((row) =>
      String(row[1]),
    )
    columns.set(table, new Set(names))
  }
  let revision: string | null = null
  if (columns.get('alembic_version')?.has('version_num')) {
    revision = textOf(queryRows(db, 'SELECT version_num FROM alembic_version LIMIT 1')[0]?.[0])
  }
  return {
    tables,
    revision,
    hasTable: (table) => columns.has(table),
    hasColumn: (table, column) => columns.get(table)?.has(column) ?? false,
  }
}

/** `table.column` when the column exists, else the SQL literal given (NULL by default). */
export function columnOr(
  schema: SqliteSchema,
  table: string,
  column: string,
  alias: string,
  fallback = 'NULL',
): string {
  return schema.hasColumn(table, column) ? `${alias}.${quoteIdentifier(column)}` : fallback
}
