/**
 * Fills an empty sql.js database with one fixture spec, using MLflow's DDL (schema/*.sql) and the
 * encodings of MLflow's SQL store: NaN as value 0 + is_nan 1, ±inf as ±1.7976931348623157e308.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Database, SqlValue } from 'sql.js'
import type { FixtureSpec, RunSpec } from './sqlite-fixture-specs'

export const SQLITE_FIXTURES = fileURLToPath(
  new URL('../lib/mlflow/fixtures/sqlite/', import.meta.url),
)
const SQL_MAX = 1.7976931348623157e308

/** [stored value, is_nan] as MLflow's SqlAlchemyStore.sanitize_metric_value writes them. */
export function encodeMetric(value: number, hasIsNan: boolean): [number, number] {
  if (!hasIsNan) {
    if (Number.isNaN(value)) throw new Error('a pre-1.1 database cannot hold NaN metrics')
    return [value, 0]
  }
  if (Number.isNaN(value)) return [0, 1]
  if (value === Infinity) return [SQL_MAX, 0]
  if (value === -Infinity) return [-SQL_MAX, 0]
  return [value, 0]
}

const columnCache = new WeakMap<Database, Map<string, Set<string>>>()

function columnsOf(db: Database, table: string): Set<string> {
  const tables = columnCache.get(db) ?? new Map<string, Set<string>>()
  columnCache.set(db, tables)
  let columns = tables.get(table)
  if (!columns) {
    const rows = db.exec(`PRAGMA table_info(${table})`)[0]?.values ?? []
    columns = new Set(rows.map((row) => String(row[1])))
    tables.set(table, columns)
  }
  return columns
}

/** INSERT keeping only the columns this schema generation has. */
export function insert(db: Database, table: string, row: Record<string, SqlValue | undefined>) {
  const columns = columnsOf(db, table)
  const keys = Object.keys(row).filter((key) => columns.has(key) && row[key] !== undefined)
  const marks = keys.map(() => '?').join(', ')
  db.run(
    `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${marks})`,
    keys.map((key) => row[key] ?? null),
  )
}

function insertRun(db: Database, spec: FixtureSpec, run: RunSpec) {
  insert(db, 'runs', {
    run_uuid: run.id,
    name: run.nameColumn,
    source_type: 'LOCAL',
    source_name: '',
    entry_point_name: '',
    user_id: run.userColumn,
    status: run.status,
    start_time: run.start,
    end_time: run.end,
    source_version: '',
    lifecycle_stage: run.lifecycle,
    artifact_uri: run.artifactUri,
    experiment_id: Number(run.experimentId),
    deleted_time: spec.has.deletedTime ? (run.deletedTime ?? null) : undefined,
  })
  for (const [key, value] of Object.entries(run.params)) {
    insert(db, 'params', { key, value, run_uuid: run.id })
  }
  for (const [key, value] of Object.entries(run.tags)) {
    insert(db, 'tags', { key, value, run_uuid: run.id })
  }
  for (const [key, value, timestamp, step] of run.history) {
    const [stored, isNan] = encodeMetric(value, spec.has.isNan)
    insert(db, 'metrics', { key, value: stored, timestamp, step, run_uuid: run.id, is_nan: isNan })
  }
  if (!spec.has.latestMetrics) return
  for (const [key, [value, timestamp, step]] of Object.entries(run.latest)) {
    const [stored, isNan] = encodeMetric(value, true)
    insert(db, 'latest_metrics', {
      key,
      value: stored,
      timestamp,
      step,
      is_nan: isNan,
      run_uuid: run.id,
    })
  }
}

export function fillDatabase(db: Database, spec: FixtureSpec) {
  db.run('PRAGMA page_size = 1024') // keeps the committed files small; readers do not care
  db.run(readFileSync(join(SQLITE_FIXTURES, 'schema', spec.schemaFile), 'utf8'))
  insert(db, 'alembic_version', { version_num: spec.revision })
  for (const experiment of spec.experiments) {
    insert(db, 'experiments', {
      experiment_id: Number(experiment.id),
      name: experiment.name,
      artifact_location: experiment.artifactLocation,
      lifecycle_stage: experiment.lifecycle,
      creation_time: experiment.creationTime,
      last_update_time: experiment.lastUpdateTime,
    })
    for (const [key, value] of Object.entries(experiment.tags)) {
      insert(db, 'experiment_tags', { key, value, experiment_id: Number(experiment.id) })
    }
  }
  for (const run of spec.runs) insertRun(db, spec, run)
  for (const model of spec.loggedModels ?? []) {
    insert(db, 'logged_models', {
      model_id: model.id,
      experiment_id: Number(model.experimentId),
      name: model.name,
      artifact_location: model.artifactLocation,
      creation_timestamp_ms: model.creationTime,
      last_updated_timestamp_ms: model.lastUpdatedTime,
      status: model.status,
      lifecycle_stage: model.lifecycle,
      model_type: null,
      source_run_id: model.sourceRunId,
      status_message: null,
    })
  }
  for (const model of spec.models) {
    insert(db, 'registered_models', {
      name: model.name,
      creation_time: model.creationTime,
      last_updated_time: model.lastUpdatedTime,
      description: model.description,
    })
    for (const [key, value] of Object.entries(model.tags)) {
      insert(db, 'registered_model_tags', { key, value, name: model.name })
    }
    for (const v of model.versions) {
      insert(db, 'model_versions', {
        name: model.name,
        version: v.version,
        creation_time: v.creationTime,
        last_updated_time: v.lastUpdatedTime,
        description: v.description,
        user_id: null,
        current_stage: v.stage,
        source: v.source,
        run_id: v.runId,
        status: v.status,
        status_message: null,
        run_link: null,
        storage_location: v.storageLocation ?? (v.runId ? `${v.source}/storage` : null),
      })
      for (const [key, value] of Object.entries(v.tags)) {
        insert(db, 'model_version_tags', { key, value, name: model.name, version: v.version })
      }
    }
    for (const [alias, version] of Object.entries(model.aliases)) {
      insert(db, 'registered_model_aliases', { alias, version, name: model.name })
    }
  }
}
