import type { Database, SqlValue } from 'sql.js'
import type { ProblemLog } from '../../tracking/problem-log'
import type { ListOptions, Run } from '../../tracking/types'
import { parseLifecycle, parseRunStatus } from '../../tracking/parse-lifecycle'
import { activeOnly } from './lifecycle'
import { keyValuesOfExperiment, latestMetricsOfExperiment } from './run-children'
import { numberOf, queryRows, textOf } from './rows'
import { columnOr, type SqliteSchema } from './schema'

/** experiments.experiment_id is INTEGER: bind numeric ids as numbers. */
export function experimentIdParam(id: string): SqlValue {
  return /^-?\d+$/.test(id) ? Number(id) : id
}

/**
 * Runs of one experiment, newest first (start_time DESC, run_uuid), with params, tags and latest
 * metrics fetched in one query each for the whole experiment (no query per run).
 */
export function listSqliteRuns(
  db: Database,
  schema: SqliteSchema,
  location: string,
  problems: ProblemLog,
  experimentId: string,
  options: ListOptions = {},
): Run[] {
  const id = experimentIdParam(experimentId)
  const name = columnOr(schema, 'runs', 'name', 'r')
  const where = options.includeDeleted ? '' : `AND ${activeOnly('r')}`
  const rows = queryRows(
    db,
    `SELECT r.run_uuid, ${name}, r.user_id, r.status, r.start_time, r.end_time,
            r.lifecycle_stage, r.artifact_uri
       FROM runs r WHERE r.experiment_id = ? ${where}
      ORDER BY r.start_time DESC, r.run_uuid`,
    [id],
  )
  if (rows.length === 0) return []
  const params = keyValuesOfExperiment(db, 'params', id)
  const tags = keyValuesOfExperiment(db, 'tags', id)
  const metrics = latestMetricsOfExperiment(db, schema, id)
  const runs: Run[] = []
  for (const [rawId, rawName, user, rawStatus, start, end, stage, artifactUri] of rows) {
    const runId = textOf(rawId)
    if (runId === null) continue
    const runTags = tags.get(runId) ?? {}
    const where = `${location}#runs/${runId}`
    const status = parseRunStatus(textOf(rawStatus))
    if (status === null) {
      problems.add(where, `unknown status "${textOf(rawStatus)}"; shown as RUNNING`)
    }
    const lifecycle = parseLifecycle(textOf(stage))
    if (lifecycle === null) {
      problems.add(where, `unknown lifecycle_stage "${textOf(stage)}"; shown as active`)
    }
    runs.push({
      id: runId,
      experimentId,
      name: textOf(rawName) || runTags['mlflow.runName'] || '',
      status: status ?? 'RUNNING',
      lifecycle: lifecycle ?? 'active',
      startTime: numberOf(start),
      endTime: numberOf(end),
      userId: textOf(user) || runTags['mlflow.user'] || '',
      artifactUri: textOf(artifactUri) ?? '',
      params: params.get(runId) ?? {},
      tags: runTags,
      metrics: metrics.get(runId) ?? {},
    })
  }
  return runs
}
