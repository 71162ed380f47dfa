import { join, resolve } from 'node:path'
import { createProblemLog } from '../../tracking/problem-log'
import { TrackingReadError } from '../../tracking/tracking-read-error'
import type { MetricPoint, Run, TrackingStore } from '../../tracking/types'
import { safeArtifactPath } from './artifact-root'
import { FileStoreArtifacts } from './artifacts'
import { readAllExperimentFolders, RESERVED_ROOT_FOLDERS, TRASH_FOLDER } from './experiments'
import { FileStoreFs } from './fs'
import { createLimiter } from './limiter'
import { readLoggedModels, type LoggedModel } from './logged-models'
import { readMetricFile } from './metric-folder'
import { compareExperiments, compareRuns } from './order'
import { readRegistry } from './registry'
import { RunLocator } from './run-locator'
import { readRunFolders } from './runs'

/** A TrackingStore over an MLflow FileStore folder, plus the 3.x LoggedModels it may hold. */
export interface FileStoreTrackingStore extends TrackingStore {
  kind: 'filestore'
  /** MLflow 3.x LoggedModels of one experiment (`<exp>/models/<model_id>/`); [] before 3.x */
  listLoggedModels(experimentId: string): Promise<LoggedModel[]>
  readLoggedModelArtifact(modelId: string, path: string): Promise<Uint8Array>
}

/** MLflow's LoggedModel ids: `m-` and a uuid4 hex (any word characters accepted). */
const LOGGED_MODEL_ID = /^m-[\w-]+$/

/** Files read at once; enough to keep libuv's thread pool busy without exhausting descriptors. */
const CONCURRENCY = 64

const EXPERIMENT_ID_RE = /^[A-Za-z0-9][\w-]*$/

/**
 * Opens an MLflow FileStore (`mlruns/`) written by MLflow 1.x to 3.x, or by our writer, for
 * reading. Nothing throws on bad entries (except readArtifact, as TrackingStore specifies):
 * each becomes a problem naming the path, and everything else is still read.
 */
export function openFileStore(rootPath: string): FileStoreTrackingStore {
  const root = resolve(rootPath)
  const log = createProblemLog()
  const fs = new FileStoreFs(createLimiter(CONCURRENCY), log)
  const locator = new RunLocator(fs, root)
  const artifacts = new FileStoreArtifacts(fs, root, locator)

  async function checkRoot(): Promise<boolean> {
    const kind = await fs.kind(root)
    if (kind !== 'dir') log.add(root, kind ? 'not a folder' : 'store folder does not exist')
    return kind === 'dir'
  }

  async function experimentFolder(experimentId: string): Promise<string | null> {
    if (!EXPERIMENT_ID_RE.test(experimentId) || RESERVED_ROOT_FOLDERS.has(experimentId)) {
      log.add(root, `"${experimentId}" is not a valid experiment id`)
      return null
    }
    for (const folder of [join(root, experimentId), join(root, TRASH_FOLDER, experimentId)]) {
      if ((await fs.kind(folder)) === 'dir') return folder
    }
    log.add(join(root, experimentId), `experiment "${experimentId}" not found`)
    return null
  }

  return {
    kind: 'filestore',
    location: root,

    async listExperiments(options = {}) {
      if (!(await checkRoot())) return []
      const folders = await readAllExperimentFolders(fs, root)
      return folders
        .map((entry) => entry.experiment)
        .filter((experiment) => options.includeDeleted || experiment.lifecycle === 'active')
        .sort(compareExperiments)
    },

    async listRuns(experimentId, options = {}): Promise<Run[]> {
      const folder = await experimentFolder(experimentId)
      if (!folder) return []
      const runs = await readRunFolders(fs, folder, experimentId, options.includeDeleted ?? false)
      for (const { run, folder: runFolder } of runs) {
        locator.remember({
          runId: run.id,
          folder: runFolder,
          experimentId,
          artifactUri: run.artifactUri,
        })
      }
      return runs.map((entry) => entry.run).sort(compareRuns)
    },

    async getMetricHistory(runId, key): Promise<MetricPoint[]> {
      const location = await locator.find(runId)
      if (!location) {
        log.add(root, `run "${runId}" not found in any experiment`)
        return []
      }
      const relative = safeArtifactPath(key)
      if (!relative) {
        log.add(join(location.folder, 'metrics'), `metric key "${key}" refused: not a valid key`)
        return []
      }
      const content = await readMetricFile(fs, join(location.folder, 'metrics', relative))
      return content?.points ?? []
    },

    listArtifacts: (runId, path) => artifacts.list(runId, path),
    readArtifact: (runId, path) => artifacts.read(runId, path),
    artifactLocation: (runId) => artifacts.location(runId),
    listRegisteredModels: () => readRegistry(fs, root, locator),

    async listLoggedModels(experimentId) {
      const folder = await experimentFolder(experimentId)
      return folder ? readLoggedModels(fs, folder, experimentId) : []
    },

    async readLoggedModelArtifact(modelId, path) {
      if (!LOGGED_MODEL_ID.test(modelId))
        throw new TrackingReadError(root, `"${modelId}" is not a logged model id (m-…)`)
      for (const { experiment, folder } of await readAllExperimentFolders(fs, root)) {
        const modelFolder = join(folder, 'models', modelId)
        if ((await fs.kind(modelFolder)) !== 'dir') continue
        const model = (await readLoggedModels(fs, folder, experiment.id)).find(
          (m) => m.id === modelId,
        )
        if (!model) continue
        return artifacts.readLoggedModel({ ...model, folder: modelFolder }, path)
      }
      throw new TrackingReadError(root, `no logged model ${modelId} in any experiment`)
    },

    problems: () => log.list(),
  }
}
