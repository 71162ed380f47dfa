import { appendFile, copyFile, mkdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { safeArtifactPath } from './artifact-root'
import { writeFileAtomic } from './atomic-write'
import type { RandomSource } from './ids'
import { uuid4Hex } from './ids'
import { validateKey, validateValueLength } from './keys'
import { createLimiter } from './limiter'
import { runMetaDict, type RunMetaState } from './meta-dicts'
import {
  inputExampleFiles,
  logModelHistoryEntry,
  mlmodelDict,
  utcTimeCreated,
  type LoggedModelSpec,
} from './mlmodel'
import { pythonJsonDumps } from './python-json'
import { FileStoreWriteError } from './write-error'
import { formatMetricLine } from '../metric-line-format'
import { toMlflowYaml } from '../mlflow-yaml-write'

export const LOG_MODEL_HISTORY_TAG = 'mlflow.log-model.history'

/** Turns a valid key (`train/loss`) into its file under params/, tags/ or metrics/. */
function keyFile(runFolder: string, folder: string, key: string): string {
  return join(runFolder, folder, ...key.split('/'))
}

function safePath(path: string, what: string): string {
  const safe = safeArtifactPath(path)
  if (safe === null || safe === '') {
    throw new FileStoreWriteError(
      `Invalid ${what} "${path}": it must be a relative path inside the artifact folder`,
    )
  }
  return safe
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** One run being written. Meta and tag rewrites are queued so they never overtake each other. */
export class FileStoreRunHandle {
  readonly artifactDir: string
  private readonly queue = createLimiter(1)

  constructor(
    readonly runFolder: string,
    private readonly state: RunMetaState,
    private readonly now: () => number,
    private readonly random: RandomSource | undefined,
  ) {
    this.artifactDir = join(runFolder, 'artifacts')
  }

  get runId(): string {
    return this.state.runId
  }

  get experimentId(): string {
    return this.state.experimentId
  }

  /** Writes meta.yaml from the current state (temp file + rename). */
  writeMeta(): Promise<void> {
    const yaml = toMlflowYaml(runMetaDict(this.state))
    return writeFileAtomic(join(this.runFolder, 'meta.yaml'), yaml, this.runFolder)
  }

  async logParams(params: Record<string, string | number | boolean>): Promise<void> {
    const entries = Object.entries(params).map(([key, value]) => [key, String(value)] as const)
    for (const [key, value] of entries) {
      validateKey('param', key)
      validateValueLength('param', key, value)
    }
    await this.queue(async () => {
      for (const [key, value] of entries) {
        const file = keyFile(this.runFolder, 'params', key)
        const existing = await readIfExists(file)
        if (existing === value) continue
        if (existing !== undefined) {
          throw new FileStoreWriteError(
            `Param "${key}" of run ${this.runId} is already "${existing}"; MLflow params cannot change (new value "${value}")`,
          )
        }
        await writeFileAtomic(file, value, this.runFolder)
      }
    })
  }

  async logMetrics(
    metrics: Record<string, number>,
    options: { step?: number; timestamp?: number } = {},
  ): Promise<void> {
    const step = options.step ?? 0
    const timestamp = options.timestamp ?? this.now()
    if (!Number.isSafeInteger(step))
      throw new FileStoreWriteError(`Metric step ${step} is not an integer`)
    if (!Number.isSafeInteger(timestamp)) {
      throw new FileStoreWriteError(`Metric timestamp ${timestamp} is not an integer number of ms`)
    }
    for (const [key, value] of Object.entries(metrics)) {
      validateKey('metric', key)
      if (typeof value !== 'number') {
        throw new FileStoreWriteError(`Metric "${key}" value ${String(value)} is not a number`)
      }
    }
    await Promise.all(
      Object.entries(metrics).map(async ([key, value]) => {
        const file = keyFile(this.runFolder, 'metrics', key)
        if (key.includes('/')) await mkdir(join(file, '..'), { recursive: true })
        await appendFile(file, formatMetricLine({ timestamp, value, step }))
      }),
    )
  }

  async setTags(tags: Record<string, string>): Promise<void> {
    for (const [key, value] of Object.entries(tags)) {
      validateKey('tag', key)
      if (typeof value !== 'string')
        throw new FileStoreWriteError(`Tag "${key}" value is not a string`)
      if (key !== LOG_MODEL_HISTORY_TAG) validateValueLength('tag', key, value)
    }
    await this.queue(async () => {
      for (const [key, value] of Object.entries(tags)) {
        await writeFileAtomic(keyFile(this.runFolder, 'tags', key), value, this.runFolder)
      }
      const runName = tags['mlflow.runName']
      if (runName !== undefined) {
        this.state.runName = runName
        await this.writeMeta()
      }
    })
  }

  async logArtifactFile(localPath: string, artifactSubdir?: string): Promise<void> {
    const subdir = artifactSubdir ? safePath(artifactSubdir, 'artifact folder') : ''
    const target = join(this.artifactDir, subdir, basename(localPath))
    await mkdir(join(target, '..'), { recursive: true })
    await copyFile(localPath, target)
  }

  async logArtifactContent(relativePath: string, content: string | Uint8Array): Promise<void> {
    const path = safePath(relativePath, 'artifact path')
    await writeFileAtomic(join(this.artifactDir, path), content, this.runFolder)
  }

  async logModel(artifactPath: string, model: LoggedModelSpec): Promise<void> {
    const folder = safePath(artifactPath, 'model artifact path')
    const extra = model.inputExample ? inputExampleFiles(model.inputExample) : {}
    const files = { ...model.files, ...extra }
    for (const name of Object.keys(files)) safePath(name, 'model file path')
    if ('MLmodel' in files)
      throw new FileStoreWriteError('Model files must not include "MLmodel": logModel writes it')
    for (const [name, content] of Object.entries(files)) {
      await this.logArtifactContent(`${folder}/${name}`, content)
    }
    const mlmodel = mlmodelDict({
      artifactPath: folder,
      runId: this.runId,
      modelUuid: uuid4Hex(this.random),
      utcTimeCreated: utcTimeCreated(this.now()),
      spec: model,
    })
    await this.logArtifactContent(`${folder}/MLmodel`, toMlflowYaml(mlmodel))
    await this.queue(async () => {
      const file = keyFile(this.runFolder, 'tags', LOG_MODEL_HISTORY_TAG)
      const existing = await readIfExists(file)
      let history: unknown[] = []
      if (existing !== undefined) {
        try {
          history = JSON.parse(existing) as unknown[]
        } catch {
          throw new FileStoreWriteError(`${file}: tag ${LOG_MODEL_HISTORY_TAG} is not a JSON list`)
        }
        if (!Array.isArray(history)) {
          throw new FileStoreWriteError(`${file}: tag ${LOG_MODEL_HISTORY_TAG} is not a JSON list`)
        }
      }
      history.push(logModelHistoryEntry(mlmodel))
      await writeFileAtomic(file, pythonJsonDumps(history), this.runFolder)
    })
  }

  async end(status: 'FINISHED' | 'FAILED' | 'KILLED' = 'FINISHED'): Promise<void> {
    await this.queue(async () => {
      this.state.status = status
      this.state.endTime = this.now()
      await this.writeMeta()
    })
  }
}
