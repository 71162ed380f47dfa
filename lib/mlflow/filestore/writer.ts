import { mkdir, stat } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { writeFileAtomic } from './atomic-write'
import { experimentId18, uuid4Hex, type RandomSource } from './ids'
import { validateKey, validateValueLength } from './keys'
import { createLimiter } from './limiter'
import { textField } from './meta-fields'
import { experimentMetaDict, runMetaDict } from './meta-dicts'
import type { LoggedModelSpec } from './mlmodel'
import { registerModelVersion, setModelAlias } from './registry-writer'
import { FileStoreRunHandle } from './run-handle'
import { readMetaOrNull, scanExperiments } from './writer-scan'
import { FileStoreWriteError } from './write-error'
import { toMlflowYaml } from '../mlflow-yaml-write'

export type { ColSpec, LoggedModelSpec } from './mlmodel'
export { FileStoreWriteError } from './write-error'

export interface RunHandle {
  /** 32-char hex uuid4 */
  readonly runId: string
  readonly experimentId: string
  /** absolute path <root>/<exp>/<run>/artifacts */
  readonly artifactDir: string
  logParams(params: Record<string, string | number | boolean>): Promise<void>
  logMetrics(
    metrics: Record<string, number>,
    options?: { step?: number; timestamp?: number },
  ): Promise<void>
  setTags(tags: Record<string, string>): Promise<void>
  logArtifactFile(localPath: string, artifactSubdir?: string): Promise<void>
  logArtifactContent(relativePath: string, content: string | Uint8Array): Promise<void>
  /** writes <artifactPath>/MLmodel + files, appends to tag mlflow.log-model.history (2.x style) */
  logModel(artifactPath: string, model: LoggedModelSpec): Promise<void>
  end(status?: 'FINISHED' | 'FAILED' | 'KILLED'): Promise<void>
}

export interface FileStoreWriter {
  /** absolute */
  readonly root: string
  /** returns the experiment id; the Default experiment 0 exists too */
  getOrCreateExperiment(name: string): Promise<string>
  startRun(
    experimentId: string,
    options: {
      runName: string
      parentRunId?: string
      tags?: Record<string, string>
      sourceName?: string
    },
  ): Promise<RunHandle>
  /** mlruns/models/<name>/version-N; returns N */
  registerModelVersion(
    name: string,
    runId: string,
    artifactPath: string,
    options?: { alias?: string; description?: string },
  ): Promise<number>
  /** mlruns/models/<name>/aliases/<alias> ← version */
  setModelAlias(name: string, alias: string, version: number): Promise<void>
}

/** Python's `getpass.getuser()`: LOGNAME, USER, LNAME, USERNAME, then the account name. */
function defaultUser(): string {
  for (const name of ['LOGNAME', 'USER', 'LNAME', 'USERNAME']) {
    const value = process.env[name]
    if (value) return value
  }
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** Creates `<folder>` (not its parents); false when it already exists. */
async function createFolder(folder: string): Promise<boolean> {
  try {
    await mkdir(folder)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

async function createExperiment(
  root: string,
  id: string,
  name: string,
  now: number,
): Promise<boolean> {
  const folder = join(root, id)
  if (!(await createFolder(folder))) return false
  const meta = experimentMetaDict({ id, name, artifactLocation: pathToFileURL(folder).href, now })
  await writeFileAtomic(join(folder, 'meta.yaml'), toMlflowYaml(meta))
  return true
}

/**
 * Opens (creating when needed) an MLflow FileStore at `root` for writing, readable by `mlflow ui`
 * 2.x and 3.x (3.13+ with MLFLOW_ALLOW_FILE_STORE=true). Creates the Default experiment 0.
 * Existing runs are never rewritten; each startRun adds a new run folder.
 */
export async function openFileStoreWriter(
  rootPath: string,
  options: { now?: () => number; user?: string; random?: () => number } = {},
): Promise<FileStoreWriter> {
  const root = resolve(rootPath)
  const now = options.now ?? Date.now
  const user = options.user ?? defaultUser()
  const random: RandomSource | undefined = options.random
  const serial = createLimiter(1)
  await mkdir(root, { recursive: true })
  if (!(await exists(join(root, '0', 'meta.yaml')))) {
    await mkdir(join(root, '0'), { recursive: true })
    const meta = experimentMetaDict({
      id: '0',
      name: 'Default',
      artifactLocation: pathToFileURL(join(root, '0')).href,
      now: now(),
    })
    await writeFileAtomic(join(root, '0', 'meta.yaml'), toMlflowYaml(meta))
  }

  async function getOrCreateExperiment(name: string): Promise<string> {
    if (typeof name !== 'string' || name.trim() === '') {
      throw new FileStoreWriteError(
        `Invalid experiment name "${String(name)}": it must be a non-empty string`,
      )
    }
    return serial(async () => {
      const experiments = await scanExperiments(root)
      const found = experiments.find((e) => textField(e.meta?.name) === name)
      if (found?.inTrash || found?.meta?.lifecycle_stage === 'deleted') {
        throw new FileStoreWriteError(
          `Experiment "${name}" exists but is deleted (${found.folder}); restore it or delete it permanently first`,
        )
      }
      if (found) return found.id
      for (;;) {
        const id = experimentId18(random)
        if (await createExperiment(root, id, name, now())) return id
      }
    })
  }

  async function startRun(
    experimentId: string,
    run: {
      runName: string
      parentRunId?: string
      tags?: Record<string, string>
      sourceName?: string
    },
  ): Promise<RunHandle> {
    const experimentFolder = join(root, experimentId)
    const meta = /^[\w-]+$/.test(experimentId)
      ? await readMetaOrNull(join(experimentFolder, 'meta.yaml'))
      : null
    if (!meta || textField(meta.experiment_id) !== experimentId) {
      throw new FileStoreWriteError(
        `Experiment "${experimentId}" not found in ${root} (no readable ${experimentId}/meta.yaml)`,
      )
    }
    if (meta.lifecycle_stage === 'deleted')
      throw new FileStoreWriteError(`Experiment "${experimentId}" is deleted`)
    const tags: Record<string, string> = {
      'mlflow.runName': run.runName,
      'mlflow.user': user,
      'mlflow.source.name': run.sourceName ?? (process.argv[1] ? resolve(process.argv[1]) : ''),
      'mlflow.source.type': 'LOCAL',
      ...(run.parentRunId ? { 'mlflow.parentRunId': run.parentRunId } : {}),
      ...run.tags,
    }
    for (const [key, value] of Object.entries(tags)) {
      validateKey('tag', key)
      validateValueLength('tag', key, value)
    }
    let runId = uuid4Hex(random)
    while (!(await createFolder(join(experimentFolder, runId)))) runId = uuid4Hex(random)
    const runFolder = join(experimentFolder, runId)
    await Promise.all(
      ['metrics', 'params', 'tags', 'artifacts'].map((f) => mkdir(join(runFolder, f))),
    )
    const state = {
      runId,
      experimentId,
      runName: run.runName,
      userId: user,
      status: 'RUNNING' as const,
      startTime: now(),
      endTime: null,
      artifactUri: pathToFileURL(join(runFolder, 'artifacts')).href,
    }
    await writeFileAtomic(join(runFolder, 'meta.yaml'), toMlflowYaml(runMetaDict(state)), runFolder)
    const handle = new FileStoreRunHandle(runFolder, { ...state }, now, random)
    await handle.setTags(tags)
    return handle
  }

  return {
    root,
    getOrCreateExperiment,
    startRun,
    registerModelVersion: (name, runId, artifactPath, registerOptions) =>
      serial(() =>
        registerModelVersion({ root, now, user }, name, runId, artifactPath, registerOptions),
      ),
    setModelAlias: (name, alias, version) =>
      serial(() => setModelAlias(root, name, alias, version)),
  }
}
