import { dirname, resolve } from 'node:path'
import type { Database } from 'sql.js'
import { createProblemLog, type ProblemLog } from '../../tracking/problem-log'
import { TrackingReadError } from '../../tracking/tracking-read-error'
import type { ArtifactEntry, TrackingStore } from '../../tracking/types'
import { cleanArtifactPath } from './artifact-roots'
import { createArtifactFolderResolver, type ArtifactFolder } from '../artifact-folder'
import { ArtifactFolderVisits } from '../artifact-folder-visits'
import { listLocalArtifacts, readLocalArtifact } from './artifacts'
import { listSqliteExperiments } from './experiments'
import { findSqliteLoggedModel, listSqliteLoggedModels } from './logged-models'
import { openSqliteDatabase } from './open'
import { listSqliteRegisteredModels } from './registry'
import { queryRows, textOf } from './rows'
import { metricHistory } from './run-children'
import { listSqliteRuns } from './runs'

export interface SqliteTrackingStore extends TrackingStore {
  kind: 'sqlite'
  /** Alembic revision recorded in the database, or null */
  schemaRevision: string | null
  /** frees the in-memory copy of the database */
  close(): void
}

/** A folder lookup run once per id, whose refusal or absence is one problem at `where(id)`. */
function cachedFolders(
  find: (id: string) => Promise<ArtifactFolder>,
  where: (id: string) => string,
  problems: ProblemLog,
) {
  const cache = new Map<string, Promise<ArtifactFolder>>()
  return (id: string) => {
    let entry = cache.get(id)
    if (!entry) {
      entry = find(id)
      cache.set(id, entry)
    }
    return entry.then((found) => {
      if (found.folder === null) problems.add(where(id), found.reason)
      return found
    })
  }
}

/**
 * Where runs' and LoggedModels' artifacts are on this machine, with one resolver (one relocation
 * index): a LoggedModel's `artifact_location` (`.../<exp>/models/m-<id>/artifacts`) is found and
 * contained exactly as a run's `artifact_uri` is.
 */
function artifactRootFinders(db: Database, location: string, problems: ProblemLog) {
  const resolver = createArtifactFolderResolver(location, dirname(location))
  const run = cachedFolders(
    async (runId) => {
      const row = queryRows(db, 'SELECT experiment_id, artifact_uri FROM runs WHERE run_uuid = ?', [
        runId,
      ])[0]
      if (!row) return { folder: null, reason: `no run ${runId} in this database` }
      return resolver({
        runId,
        experimentId: textOf(row[0]) ?? '',
        artifactUri: textOf(row[1]) ?? '',
      })
    },
    (runId) => `${location}#runs/${runId}`,
    problems,
  )
  const loggedModel = cachedFolders(
    async (modelId) => {
      const model = findSqliteLoggedModel(db, location, problems, modelId)
      if (!model) return { folder: null, reason: `no logged model ${modelId} in this database` }
      return resolver({
        runId: model.id,
        experimentId: model.experimentId,
        artifactUri: model.artifactLocation,
      })
    },
    (modelId) => `${location}#logged_models/${modelId}`,
    problems,
  )
  return { run, loggedModel }
}

/**
 * Reads an MLflow tracking database (SQLite, any schema from MLflow 1.0 to 3.x) through sql.js.
 * The file is loaded into memory once and never written. Throws SqliteStoreError when the file is
 * missing, empty, not SQLite or has no MLflow tables.
 */
export async function openSqliteStore(path: string): Promise<SqliteTrackingStore> {
  const location = resolve(path)
  const opened = await openSqliteDatabase(location)
  const { db, schema } = opened
  const problems = createProblemLog()
  problems.addAll(opened.problems)
  const roots = artifactRootFinders(db, location, problems)
  const artifactRoot = roots.run
  // the real folders each run's artifact walk has entered, so a symlink loop is refused once
  const visits = new Map<string, ArtifactFolderVisits>()

  return {
    kind: 'sqlite',
    location,
    schemaRevision: schema.revision,
    listExperiments: async (options) =>
      listSqliteExperiments(db, schema, location, problems, options),
    listRuns: async (experimentId, options) =>
      listSqliteRuns(db, schema, location, problems, experimentId, options),
    getMetricHistory: async (runId, key) => metricHistory(db, schema, runId, key),
    async listArtifacts(runId, path): Promise<ArtifactEntry[]> {
      const clean = cleanArtifactPath(path)
      if (clean === null) {
        problems.add(`${location}#runs/${runId}`, `artifact path "${path}" leaves the run's folder`)
        return []
      }
      const found = await artifactRoot(runId)
      if (found.folder === null) return []
      let walked = visits.get(runId)
      if (!walked) visits.set(runId, (walked = new ArtifactFolderVisits(found.folder)))
      return listLocalArtifacts(found.folder, clean, found.allowed, walked, (refused, rule) =>
        problems.add(
          `${location}#runs/${runId}`,
          `artifact "${refused}" of run "${runId}" refused: ${rule}`,
        ),
      )
    },
    async readArtifact(runId, path) {
      const clean = cleanArtifactPath(path)
      if (clean === null || clean === '') {
        throw new TrackingReadError(`${location}#runs/${runId}`, `invalid artifact path "${path}"`)
      }
      const found = await artifactRoot(runId)
      if (found.folder === null)
        throw new TrackingReadError(`${location}#runs/${runId}`, found.reason)
      return readLocalArtifact(found.folder, clean, found.allowed)
    },
    async artifactLocation(runId) {
      const found = await artifactRoot(runId)
      if (found.folder === null) return null
      return {
        folder: found.folder,
        recorded: found.recorded,
        how: found.how,
        matched: found.matched,
      }
    },
    listRegisteredModels: async () => listSqliteRegisteredModels(db, schema, location, problems),
    // MLflow 3.x LoggedModels (`models:/m-…`); a database older than 3.0 has no such table
    ...(schema.hasTable('logged_models') && {
      listLoggedModels: async (experimentId: string) =>
        listSqliteLoggedModels(db, location, problems, experimentId),
      async readLoggedModelArtifact(modelId: string, path: string) {
        const clean = cleanArtifactPath(path)
        if (clean === null || clean === '') {
          throw new TrackingReadError(
            `${location}#logged_models/${modelId}`,
            `invalid artifact path "${path}"`,
          )
        }
        const found = await roots.loggedModel(modelId)
        if (found.folder === null)
          throw new TrackingReadError(`${location}#logged_models/${modelId}`, found.reason)
        return readLocalArtifact(found.folder, clean, found.allowed)
      },
    }),
    problems: () => problems.list(),
    close: () => db.close(),
  }
}
