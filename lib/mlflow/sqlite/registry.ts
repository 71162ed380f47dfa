import type { Database } from 'sql.js'
import type { ProblemLog } from '../../tracking/problem-log'
import { parseModelStage } from '../../tracking/parse-lifecycle'
import type { ModelVersion, RegisteredModel } from '../../tracking/types'
import { numberOf, queryRows, textOf } from './rows'
import { columnOr, type SqliteSchema } from './schema'

/** Rows are keyed by workspace and name once MLflow added workspaces (3.x); one key before. */
function keyOf(workspace: unknown, name: string): string {
  return `${typeof workspace === 'string' ? workspace : 'default'}\u0000${name}`
}

function tagRows(db: Database, schema: SqliteSchema, table: string, withVersion: boolean) {
  const tags = new Map<string, Record<string, string>>()
  if (!schema.hasTable(table)) return tags
  const workspace = columnOr(schema, table, 'workspace', 't')
  const version = withVersion ? 't.version' : 'NULL'
  for (const [ws, name, ver, key, value] of queryRows(
    db,
    `SELECT ${workspace}, t.name, ${version}, t.key, t.value FROM ${table} t ORDER BY t.key`,
  )) {
    const modelName = textOf(name)
    const tagKey = textOf(key)
    if (modelName === null || tagKey === null) continue
    const id = withVersion ? `${keyOf(ws, modelName)}\u0000${numberOf(ver)}` : keyOf(ws, modelName)
    const entry = tags.get(id) ?? {}
    entry[tagKey] = textOf(value) ?? ''
    tags.set(id, entry)
  }
  return tags
}

function existingRunIds(db: Database, runIds: string[]): Set<string> {
  if (runIds.length === 0) return new Set()
  const marks = runIds.map(() => '?').join(', ')
  const rows = queryRows(db, `SELECT run_uuid FROM runs WHERE run_uuid IN (${marks})`, runIds)
  return new Set(rows.map((row) => textOf(row[0]) ?? ''))
}

function readVersions(db: Database, schema: SqliteSchema, location: string, problems: ProblemLog) {
  const col = (name: string) => columnOr(schema, 'model_versions', name, 'v')
  const rows = queryRows(
    db,
    `SELECT ${col('workspace')}, v.name, v.version, ${col('current_stage')}, ${col('run_id')},
            ${col('source')}, ${col('status')}, ${col('creation_time')}, ${col('last_updated_time')},
            ${col('description')}
       FROM model_versions v
      WHERE v.current_stage IS NULL OR v.current_stage <> 'Deleted_Internal'
      ORDER BY v.name, v.version`,
  )
  const tags = tagRows(db, schema, 'model_version_tags', true)
  const versions = new Map<string, ModelVersion[]>()
  for (const [
    ws,
    rawName,
    rawVersion,
    rawStage,
    runId,
    source,
    status,
    created,
    updated,
    description,
  ] of rows) {
    const name = textOf(rawName)
    const version = numberOf(rawVersion)
    if (name === null || version === null) continue
    const stageText = textOf(rawStage) ?? 'None'
    const stage = parseModelStage(stageText)
    const where = `${location}#model_versions/${name}/${version}`
    if (!stage) problems.add(where, `unknown stage "${stageText}"; shown as None`)
    const key = keyOf(ws, name)
    const list = versions.get(key) ?? []
    list.push({
      name,
      version,
      stage: stage ?? 'None',
      runId: textOf(runId) || null,
      source: textOf(source) ?? '',
      status: textOf(status) ?? 'READY',
      creationTime: numberOf(created),
      lastUpdatedTime: numberOf(updated),
      description: textOf(description),
      tags: tags.get(`${key}\u0000${version}`) ?? {},
      aliases: [],
    })
    versions.set(key, list)
  }
  return versions
}

function readAliases(db: Database, schema: SqliteSchema) {
  const aliases = new Map<string, Record<string, number>>()
  if (!schema.hasTable('registered_model_aliases')) return aliases
  const workspace = columnOr(schema, 'registered_model_aliases', 'workspace', 'a')
  for (const [ws, name, alias, version] of queryRows(
    db,
    `SELECT ${workspace}, a.name, a.alias, a.version FROM registered_model_aliases a ORDER BY a.alias`,
  )) {
    const modelName = textOf(name)
    const aliasName = textOf(alias)
    const number = numberOf(version)
    if (modelName === null || aliasName === null || number === null) continue
    const entry = aliases.get(keyOf(ws, modelName)) ?? {}
    entry[aliasName] = number
    aliases.set(keyOf(ws, modelName), entry)
  }
  return aliases
}

function checkRunsExist(
  db: Database,
  models: RegisteredModel[],
  location: string,
  problems: ProblemLog,
) {
  const runIds = new Set(
    models.flatMap((m) => m.versions.map((v) => v.runId ?? '')).filter(Boolean),
  )
  const existing = existingRunIds(db, [...runIds])
  for (const version of models.flatMap((m) => m.versions)) {
    if (version.runId && !existing.has(version.runId)) {
      problems.add(
        `${location}#model_versions/${version.name}/${version.version}`,
        `version ${version.version} of model "${version.name}" points at run ${version.runId}, which is not in this database`,
      )
    }
  }
}

/**
 * Registered models with their versions (ascending by version number; soft-deleted
 * `Deleted_Internal` versions hidden, as MLflow does), aliases and tags. An empty list when the
 * database predates the registry (MLflow < 1.4).
 */
export function listSqliteRegisteredModels(
  db: Database,
  schema: SqliteSchema,
  location: string,
  problems: ProblemLog,
): RegisteredModel[] {
  if (!schema.hasTable('registered_models')) return []
  const col = (name: string) => columnOr(schema, 'registered_models', name, 'm')
  const rows = queryRows(
    db,
    `SELECT ${col('workspace')}, m.name, ${col('description')}, ${col('creation_time')},
            ${col('last_updated_time')}
       FROM registered_models m ORDER BY m.name`,
  )
  const versions = schema.hasTable('model_versions')
    ? readVersions(db, schema, location, problems)
    : new Map<string, ModelVersion[]>()
  const aliases = readAliases(db, schema)
  const tags = tagRows(db, schema, 'registered_model_tags', false)
  const models: RegisteredModel[] = []
  for (const [ws, rawName, description, created, updated] of rows) {
    const name = textOf(rawName)
    if (name === null) continue
    const key = keyOf(ws, name)
    const modelVersions = versions.get(key) ?? []
    const modelAliases = aliases.get(key) ?? {}
    for (const [alias, number] of Object.entries(modelAliases)) {
      const target = modelVersions.find((v) => v.version === number)
      if (target) target.aliases.push(alias)
      else {
        problems.add(
          `${location}#registered_model_aliases/${name}/${alias}`,
          `alias "${alias}" of model "${name}" points at version ${number}, which does not exist`,
        )
      }
    }
    models.push({
      name,
      description: textOf(description),
      creationTime: numberOf(created),
      lastUpdatedTime: numberOf(updated),
      tags: tags.get(key) ?? {},
      aliases: modelAliases,
      versions: modelVersions,
    })
  }
  checkRunsExist(db, models, location, problems)
  return models
}
