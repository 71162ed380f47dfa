import type { Database } from 'sql.js'
import type { ProblemLog } from '../../tracking/problem-log'
import type { Experiment, ListOptions } from '../../tracking/types'
import { parseLifecycle } from '../../tracking/parse-lifecycle'
import { activeOnly } from './lifecycle'
import { numberOf, queryRows, textOf } from './rows'
import { columnOr, type SqliteSchema } from './schema'

function experimentTags(db: Database, schema: SqliteSchema): Map<string, Record<string, string>> {
  const byExperiment = new Map<string, Record<string, string>>()
  if (!schema.hasTable('experiment_tags')) return byExperiment
  for (const [id, key, value] of queryRows(
    db,
    'SELECT experiment_id, key, value FROM experiment_tags ORDER BY experiment_id, key',
  )) {
    const experimentId = textOf(id)
    const tagKey = textOf(key)
    if (experimentId === null || tagKey === null) continue
    const tags = byExperiment.get(experimentId) ?? {}
    tags[tagKey] = textOf(value) ?? ''
    byExperiment.set(experimentId, tags)
  }
  return byExperiment
}

/**
 * Experiments of an MLflow database, newest first (creation_time DESC, experiment_id ASC, as
 * MLflow's search does). Deleted ones only with includeDeleted.
 */
export function listSqliteExperiments(
  db: Database,
  schema: SqliteSchema,
  location: string,
  problems: ProblemLog,
  options: ListOptions = {},
): Experiment[] {
  const creation = columnOr(schema, 'experiments', 'creation_time', 'e')
  const lastUpdate = columnOr(schema, 'experiments', 'last_update_time', 'e')
  const where = options.includeDeleted ? '' : `WHERE ${activeOnly('e')}`
  const rows = queryRows(
    db,
    `SELECT e.experiment_id, e.name, e.artifact_location, e.lifecycle_stage, ${creation}, ${lastUpdate}
       FROM experiments e ${where}
      ORDER BY ${creation} DESC, e.experiment_id ASC`,
  )
  const tags = experimentTags(db, schema)
  const experiments: Experiment[] = []
  for (const [rawId, name, artifactLocation, stage, created, updated] of rows) {
    const id = textOf(rawId)
    if (id === null) continue
    const lifecycle = parseLifecycle(textOf(stage))
    if (lifecycle === null) {
      problems.add(
        `${location}#experiments/${id}`,
        `unknown lifecycle_stage "${textOf(stage)}" (expected active or deleted); shown as active`,
      )
    }
    experiments.push({
      id,
      name: textOf(name) ?? '',
      artifactLocation: textOf(artifactLocation) ?? '',
      lifecycle: lifecycle ?? 'active',
      creationTime: numberOf(created),
      lastUpdateTime: numberOf(updated),
      tags: tags.get(id) ?? {},
    })
  }
  return experiments
}
