import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'

/** Node only. One embedded DuckDB (in memory, spilling to a temp folder) for one build. */
export interface DuckdbSession {
  /** rows of a query as plain JS objects (BIGINT/HUGEINT become numbers; cast in SQL to keep them exact) */
  all(sql: string): Promise<Record<string, unknown>[]>
  run(sql: string): Promise<void>
  connection: DuckDBConnection
}

/** A source DuckDB reads over the network (httpfs), not from this machine's disk. */
export function isRemoteSource(source: string): boolean {
  return /^(s3|s3a|gs|gcs|r2|az|azure|abfss|https?):\/\//i.test(source)
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** A SQL identifier. */
export function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

function plain(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value
}

/**
 * Opens DuckDB. Its own memory is capped (`MONITOR_DUCKDB_MEMORY`, default 512MB) so a large
 * file spills to disk instead of growing the build's memory.
 */
export async function openDuckdbSession(): Promise<DuckdbSession> {
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: process.env.MONITOR_DUCKDB_MEMORY || '512MB',
    preserve_insertion_order: 'false',
  })
  const connection = await instance.connect()
  return {
    connection,
    async all(sql) {
      const reader = await connection.runAndReadAll(sql)
      return reader
        .getRowObjectsJS()
        .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])))
    },
    async run(sql) {
      await connection.run(sql)
    },
  }
}

/** Loads httpfs for a remote source; credentials come from DuckDB's usual environment variables. */
export async function prepareRemote(session: DuckdbSession, source: string): Promise<void> {
  if (!isRemoteSource(source)) return
  await session.run('INSTALL httpfs; LOAD httpfs;')
  if (/^(s3|s3a|gs|gcs|r2):\/\//i.test(source)) {
    try {
      await session.run('INSTALL aws; LOAD aws;')
      await session.run(
        'CREATE OR REPLACE SECRET monitor_remote (TYPE s3, PROVIDER credential_chain)',
      )
    } catch {
      // without the aws extension DuckDB still reads public buckets and its s3_* settings
    }
  }
}
