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

function artifactRootFinder(db: Database, location: string, problems: ProblemLog) {
  const cache = new Map<string, Promise<ArtifactFolder>>()
  const resolver = createArtifactFolderResolver(location, dirname(location))
  const find = async (runId: string): Promise<ArtifactFolder> => {
    const row = queryRows(db, 'SELECT experiment_id, artifact_uri FROM runs WHERE run_uuid = ?', [
      runId,
    ])[0]
    if (!row) return { folder: null, reason: `no run ${runId} in this database` }
    return resolver({
      runId,
      experimentId: textOf(row[0]) ?? '',
      artifactUri: textOf(row[1]) ?? '',
    })
  }
  return (runId: string) => {
    let entry = cache.get(runId)
    if (!entry) {
      entry = find(runId)
      cache.set(runId, entry)
    }
    return entry.then((found) => {
      if (found.folder === null) problems.add(`${location}#runs/${runId}`, found.reason)
      return found
    })
  }
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
  const artifactRoot = artifactRootFinder(db, location, problems)
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
    problems: () => problems.list(),
    close: () => db.close(),
  }
}
