import type { Database } from 'sql.js'
import { parseLifecycle } from '../../tracking/parse-lifecycle'
import type { ProblemLog } from '../../tracking/problem-log'
import type { LoggedModelInfo } from '../../tracking/types'
import { numberOf, queryRows, textOf } from './rows'
import { experimentIdParam } from './runs'

/** MLflow's LoggedModelStatus as the SQL store writes it (logged_models.status INTEGER). */
const LOGGED_MODEL_STATUS = ['UNSPECIFIED', 'PENDING', 'READY', 'FAILED']

/** A LoggedModel row: what the model list needs, and where its artifacts were recorded. */
export interface SqliteLoggedModel extends LoggedModelInfo {
  artifactLocation: string
}

const COLUMNS = `model_id, experiment_id, name, artifact_location, creation_timestamp_ms,
                 status, lifecycle_stage, source_run_id`

function fromRow(
  row: ReturnType<typeof queryRows>[number],
  location: string,
  problems: ProblemLog,
): SqliteLoggedModel | null {
  const [rawId, experiment, name, artifacts, created, rawStatus, stage, run] = row
  const id = textOf(rawId)
  if (id === null) return null
  const where = `${location}#logged_models/${id}`
  const number = numberOf(rawStatus)
  const status = number === null ? null : LOGGED_MODEL_STATUS[number]
  if (status === undefined || status === null) {
    problems.add(where, `unknown status ${textOf(rawStatus) ?? 'NULL'}; shown as UNSPECIFIED`)
  }
  const lifecycle = parseLifecycle(textOf(stage))
  if (lifecycle === null) {
    problems.add(where, `unknown lifecycle_stage "${textOf(stage)}"; shown as active`)
  }
  return {
    id,
    experimentId: textOf(experiment) ?? '',
    name: textOf(name) ?? '',
    sourceRunId: textOf(run) || null,
    status: status ?? 'UNSPECIFIED',
    lifecycle: lifecycle ?? 'active',
    creationTime: numberOf(created),
    artifactLocation: textOf(artifacts) ?? '',
  }
}

/** The LoggedModels of one experiment (deleted ones included), by creation time then id. */
export function listSqliteLoggedModels(
  db: Database,
  location: string,
  problems: ProblemLog,
  experimentId: string,
): SqliteLoggedModel[] {
  const rows = queryRows(
    db,
    `SELECT ${COLUMNS} FROM logged_models WHERE experiment_id = ?
      ORDER BY creation_timestamp_ms, model_id`,
    [experimentIdParam(experimentId)],
  )
  return rows
    .map((row) => fromRow(row, location, problems))
    .filter((model): model is SqliteLoggedModel => model !== null)
}

/** One LoggedModel by id, or null when the database holds none by that id. */
export function findSqliteLoggedModel(
  db: Database,
  location: string,
  problems: ProblemLog,
  modelId: string,
): SqliteLoggedModel | null {
  const row = queryRows(db, `SELECT ${COLUMNS} FROM logged_models WHERE model_id = ?`, [modelId])[0]
  return row ? fromRow(row, location, problems) : null
}
