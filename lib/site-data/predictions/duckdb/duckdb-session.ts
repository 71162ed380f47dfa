import { rmSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
 * Opens DuckDB. Its own memory is capped (`MONITOR_DUCKDB_MEMORY`, default 256MB) so a large
 * file spills to disk instead of growing the build's memory.
 */
export async function openDuckdbSession(): Promise<DuckdbSession> {
  // DuckDB creates the folder only when it spills
  const spill = join(tmpdir(), `monitor-duckdb-${process.pid}-${randomUUID()}`)
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: process.env.MONITOR_DUCKDB_MEMORY || '256MB',
    temp_directory: spill,
    preserve_insertion_order: 'false',
  })
  // the spill folder goes with the process
  process.once('exit', () => rmSync(spill, { recursive: true, force: true }))
  const connection = await instance.connect()
  return {
    connection,
    async all(sql) {
      const t = performance.now()
      const reader = await connection.runAndReadAll(sql)
      if (process.env.MONITOR_DUCKDB_TRACE)
        console.error(
          `${(performance.now() - t).toFixed(0)} ms ${sql.slice(0, 150).replace(/\s+/g, ' ')}`,
        )
      return reader
        .getRowObjectsJS()
        .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])))
    },
    async run(sql) {
      const t = performance.now()
      await connection.run(sql)
      if (process.env.MONITOR_DUCKDB_TRACE)
        console.error(
          `${(performance.now() - t).toFixed(0)} ms ${sql.slice(0, 150).replace(/\s+/g, ' ')}`,
        )
    },
  }
}

/**
 * Loads httpfs for a remote source. Credentials as DuckDB takes them: secrets saved with
 * `CREATE PERSISTENT SECRET` (~/.duckdb/stored_secrets) always apply; for s3:// (and r2://) the
 * AWS credential chain (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
 * AWS_REGION, AWS_PROFILE, instance roles) through the aws extension; for gs:// an HMAC key in
 * GCS_HMAC_KEY_ID / GCS_HMAC_SECRET. Both extensions are downloaded on first use (network).
 */
export async function prepareRemote(
  session: DuckdbSession,
  source: string,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  if (!isRemoteSource(source)) return
  await session.run('INSTALL httpfs; LOAD httpfs;')
  if (/^(s3|s3a|r2):\/\//i.test(source)) {
    try {
      await session.run('INSTALL aws; LOAD aws;')
      await session.run('CREATE OR REPLACE SECRET monitor_s3 (TYPE s3, PROVIDER credential_chain)')
    } catch {
      // without the aws extension DuckDB still reads public buckets and persistent secrets
    }
  }
  if (/^(gs|gcs):\/\//i.test(source) && env.GCS_HMAC_KEY_ID && env.GCS_HMAC_SECRET) {
    await session.run(
      `CREATE OR REPLACE SECRET monitor_gcs (TYPE gcs, KEY_ID ${sqlString(env.GCS_HMAC_KEY_ID)}, SECRET ${sqlString(env.GCS_HMAC_SECRET)})`,
    )
  }
}
