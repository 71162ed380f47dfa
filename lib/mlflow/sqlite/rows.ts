import type { BindParams, Database, SqlValue } from 'sql.js'

/** Runs one SELECT and returns its rows as arrays, in column order. */
export function queryRows(db: Database, sql: string, params?: BindParams): SqlValue[][] {
  const statement = db.prepare(sql)
  try {
    if (params) statement.bind(params)
    const rows: SqlValue[][] = []
    while (statement.step()) rows.push(statement.get())
    return rows
  } finally {
    statement.free()
  }
}

/** A cell as text: numbers are printed, NULL and blobs become null. */
export function textOf(value: SqlValue | undefined): string | null {
  if (value === null || value === undefined || value instanceof Uint8Array) return null
  return typeof value === 'string' ? value : String(value)
}

/** A cell as a number: numeric text is parsed, anything else becomes null. */
export function numberOf(value: SqlValue | undefined): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value)
  }
  return null
}

/** Quotes an identifier for SQLite ("a""b"). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
