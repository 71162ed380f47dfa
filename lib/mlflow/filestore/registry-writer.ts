import { mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { safeArtifactPath } from './artifact-root'
import { writeFileAtomic } from './atomic-write'
import { modelVersionMetaDict, registeredModelMetaDict } from './meta-dicts'
import { findRunFolder, readMetaOrNull } from './writer-scan'
import { FileStoreWriteError } from './write-error'
import { toMlflowYaml } from '../mlflow-yaml-write'

const ALIAS_RE = /^[\p{L}\p{N}_-]+$/u

/** MLflow refuses model names with a path separator or `%` on the FileStore registry. */
function validateModelName(name: string): void {
  if (!name || /[/\\%]/.test(name) || name === '.' || name === '..') {
    throw new FileStoreWriteError(
      `Invalid registered model name "${name}": it must be non-empty, without "/", "\\" or "%"`,
    )
  }
}

/** Alias names follow `^[\w\-]*$`; `latest` and `v<digits>` are reserved by MLflow. */
function validateAlias(alias: string): void {
  if (!ALIAS_RE.test(alias) || alias.toLowerCase() === 'latest' || /^v\d+$/i.test(alias)) {
    throw new FileStoreWriteError(
      `Invalid model alias "${alias}": use letters, digits, "_" or "-"; "latest" and "v<number>" are reserved`,
    )
  }
}

async function nextVersion(modelFolder: string): Promise<number> {
  const entries = await readdir(modelFolder).catch(() => [] as string[])
  const versions = entries.map((name) => /^version-(\d+)$/.exec(name)?.[1]).filter(Boolean)
  return versions.reduce((max, v) => Math.max(max, Number(v)), 0) + 1
}

/** Creates `<root>/models/<name>/version-N/` for an artifact of a run; returns N. */
export async function registerModelVersion(
  context: { root: string; now: () => number; user: string },
  name: string,
  runId: string,
  artifactPath: string,
  options: { alias?: string; description?: string } = {},
): Promise<number> {
  validateModelName(name)
  if (options.alias !== undefined) validateAlias(options.alias)
  const relative = safeArtifactPath(artifactPath)
  if (!relative) throw new FileStoreWriteError(`Invalid model artifact path "${artifactPath}"`)
  const runFolder = await findRunFolder(context.root, runId)
  if (!runFolder) throw new FileStoreWriteError(`Run "${runId}" not found in ${context.root}`)
  const storage = join(runFolder, 'artifacts', relative)
  if (!(await stat(storage).catch(() => null))) {
    throw new FileStoreWriteError(
      `Cannot register "${name}": run ${runId} has no artifact "${relative}" (${storage})`,
    )
  }
  const modelFolder = join(context.root, 'models', name)
  const metaFile = join(modelFolder, 'meta.yaml')
  const now = context.now()
  const existing = await readMetaOrNull(metaFile)
  const modelMeta =
    existing ??
    registeredModelMetaDict({ name, creationTime: now, lastUpdatedTime: now, description: null })
  await mkdir(modelFolder, { recursive: true })
  let version = await nextVersion(modelFolder)
  for (;;) {
    try {
      await mkdir(join(modelFolder, `version-${version}`))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      version++
    }
  }
  const versionMeta = modelVersionMetaDict({
    name,
    version,
    runId,
    source: `runs:/${runId}/${relative}`,
    storageLocation: pathToFileURL(storage).href,
    now,
    description: options.description ?? null,
    userId: context.user,
  })
  await writeFileAtomic(
    join(modelFolder, `version-${version}`, 'meta.yaml'),
    toMlflowYaml(versionMeta),
  )
  modelMeta.last_updated_timestamp = now
  await writeFileAtomic(metaFile, toMlflowYaml(modelMeta))
  if (options.alias !== undefined) {
    await writeFileAtomic(join(modelFolder, 'aliases', options.alias), String(version), modelFolder)
  }
  return version
}

/**
 * Points `alias` of registered model `name` at `version` (mlruns/models/<name>/aliases/<alias>).
 * The pipeline calls it last, once the outputs the version stands for exist.
 */
export async function setModelAlias(
  root: string,
  name: string,
  alias: string,
  version: number,
): Promise<void> {
  validateAlias(alias)
  const modelFolder = join(root, 'models', name)
  await writeFileAtomic(join(modelFolder, 'aliases', alias), String(version), modelFolder)
}
