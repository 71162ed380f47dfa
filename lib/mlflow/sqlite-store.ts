import { dirname, resolve } from 'node:path'
import type { Database } from 'sql.js'
import { createProblemLog, type ProblemLog } from '../tracking/problem-log'
import { TrackingReadError } from '../tracking/tracking-read-error'
import type { ArtifactEntry, TrackingStore } from '../tracking/types'
import {
  artifactRootCandidates,
  cleanArtifactPath,
  isRemoteArtifactUri,
} from './sqlite-artifact-roots'
import { artifactRoots, insideRoots, realpathOrNull } from './artifact-containment'
import { ArtifactFolderVisits } from './artifact-folder-visits'
import { firstExistingFolder, listLocalArtifacts, readLocalArtifact } from './sqlite-artifacts'
import { listSqliteExperiments } from './sqlite-experiments'
import { openSqliteDatabase } from './sqlite-open'
import { listSqliteRegisteredModels } from './sqlite-registry'
import { queryRows, textOf } from './sqlite-rows'
import { metricHistory } from './sqlite-run-children'
import { listSqliteRuns } from './sqlite-runs'

export interface SqliteTrackingStore extends TrackingStore {
  kind: 'sqlite'
  /** Alembic revision recorded in the database, or null */
  schemaRevision: string | null
  /** frees the in-memory copy of the database */
  close(): void
}

type ArtifactRoot =
  { root: string; allowed: string[]; visits: ArtifactFolderVisits } | { root: null; reason: string }

function artifactRootFinder(db: Database, location: string, problems: ProblemLog) {
  const cache = new Map<string, Promise<ArtifactRoot>>()
  const find = async (runId: string): Promise<ArtifactRoot> => {
    const row = queryRows(db, 'SELECT experiment_id, artifact_uri FROM runs WHERE run_uuid = ?', [
      runId,
    ])[0]
    if (!row) return { root: null, reason: `no run ${runId} in this database` }
    const uri = textOf(row[1]) ?? ''
    const candidates = artifactRootCandidates(dirname(location), textOf(row[0]) ?? '', runId, uri)
    const found = await firstExistingFolder(candidates)
    if (found) {
      const allowed = await artifactRoots(location)
      const root = (await realpathOrNull(found)) ?? found
      if (insideRoots(root, allowed))
        return { root, allowed, visits: new ArtifactFolderVisits(root) }
      return {
        root: null,
        reason: `artifact folder ${found} of run ${runId} refused (real path ${root}): it is outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
      }
    }
    const remote = isRemoteArtifactUri(uri) ? ` (artifact_uri ${uri} is remote storage)` : ''
    return {
      root: null,
      reason: `no artifact folder found for run ${runId}${remote}; looked in ${candidates.join(', ')}`,
    }
  }
  return (runId: string) => {
    let entry = cache.get(runId)
    if (!entry) {
      entry = find(runId)
      cache.set(runId, entry)
    }
    return entry.then((found) => {
      if (found.root === null) problems.add(`${location}#runs/${runId}`, found.reason)
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
      if (found.root === null) return []
      return listLocalArtifacts(found.root, clean, found.allowed, found.visits, (refused, rule) =>
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
      if (found.root === null)
        throw new TrackingReadError(`${location}#runs/${runId}`, found.reason)
      return readLocalArtifact(found.root, clean, found.allowed)
    },
    listRegisteredModels: async () => listSqliteRegisteredModels(db, schema, location, problems),
    problems: () => problems.list(),
    close: () => db.close(),
  }
}
