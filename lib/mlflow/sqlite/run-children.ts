import type { Database, SqlValue } from 'sql.js'
import type { MetricPoint } from '../../tracking/types'
import { decodeSqlMetricValue, isLaterMetric, type StoredMetric } from './metric-value'
import { numberOf, queryRows, textOf } from './rows'
import { columnOr, type SqliteSchema } from './schema'

export type KeyValuesByRun = Map<string, Record<string, string>>

const RUNS_OF_EXPERIMENT = 'JOIN runs r ON r.run_uuid = x.run_uuid WHERE r.experiment_id = ?'

/** Every key/value row of `params` or `tags` for the runs of one experiment, in one query. */
export function keyValuesOfExperiment(
  db: Database,
  table: 'params' | 'tags',
  experimentId: SqlValue,
): KeyValuesByRun {
  const byRun: KeyValuesByRun = new Map()
  const rows = queryRows(
    db,
    `SELECT x.run_uuid, x.key, x.value FROM ${table} x ${RUNS_OF_EXPERIMENT} ORDER BY x.key`,
    [experimentId],
  )
  for (const [runId, key, value] of rows) {
    const run = textOf(runId)
    const name = textOf(key)
    if (run === null || name === null) continue
    const values = byRun.get(run) ?? {}
    values[name] = textOf(value) ?? ''
    byRun.set(run, values)
  }
  return byRun
}

function storedMetric(row: SqlValue[]): StoredMetric {
  const [, , value, timestamp, step, isNan] = row
  return {
    point: {
      value: decodeSqlMetricValue(value, isNan),
      timestamp: numberOf(timestamp) ?? 0,
      step: numberOf(step) ?? 0,
    },
    storedValue: numberOf(value) ?? 0,
  }
}

/**
 * Latest value of every metric of every run of one experiment, in one query: from
 * `latest_metrics` when the table exists (MLflow ≥ 1.4), else reduced from the full `metrics`
 * history as max by (step, timestamp, value).
 */
export function latestMetricsOfExperiment(
  db: Database,
  schema: SqliteSchema,
  experimentId: SqlValue,
): Map<string, Record<string, MetricPoint>> {
  const table = schema.hasTable('latest_metrics') ? 'latest_metrics' : 'metrics'
  const step = columnOr(schema, table, 'step', 'x', '0')
  const isNan = columnOr(schema, table, 'is_nan', 'x', '0')
  const rows = queryRows(
    db,
    `SELECT x.run_uuid, x.key, x.value, x.timestamp, ${step}, ${isNan}
       FROM ${table} x ${RUNS_OF_EXPERIMENT}`,
    [experimentId],
  )
  const latest = new Map<string, Map<string, StoredMetric>>()
  for (const row of rows) {
    const run = textOf(row[0])
    const key = textOf(row[1])
    if (run === null || key === null) continue
    const metrics = latest.get(run) ?? new Map<string, StoredMetric>()
    const candidate = storedMetric(row)
    if (isLaterMetric(candidate, metrics.get(key))) metrics.set(key, candidate)
    latest.set(run, metrics)
  }
  const result = new Map<string, Record<string, MetricPoint>>()
  for (const [run, metrics] of latest) {
    const entries = [...metrics.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    result.set(run, Object.fromEntries(entries.map(([key, metric]) => [key, metric.point])))
  }
  return result
}

/** Full history of one metric of one run, ordered by step then timestamp. */
export function metricHistory(
  db: Database,
  schema: SqliteSchema,
  runId: string,
  key: string,
): MetricPoint[] {
  const step = columnOr(schema, 'metrics', 'step', 'x', '0')
  const isNan = columnOr(schema, 'metrics', 'is_nan', 'x', '0')
  const rows = queryRows(
    db,
    `SELECT x.run_uuid, x.key, x.value, x.timestamp, ${step} AS step, ${isNan}
       FROM metrics x WHERE x.run_uuid = ? AND x.key = ?
      ORDER BY step, x.timestamp, x.value`,
    [runId, key],
  )
  return rows.map((row) => storedMetric(row).point)
}
