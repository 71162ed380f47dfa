import { basename, join } from 'node:path'
import type { Run } from '../../tracking/types'
import { isAncestorOrSelf, realpathOrNull } from '../artifact-containment'
import type { FileStoreFs } from './fs'
import { readKeyValueFolder } from './key-folder'
import { mapWithConcurrency } from './limiter'
import { readLatestMetrics } from './metric-folder'
import { runFromMeta } from './run-meta'
import { readYamlMapping } from './yaml-file'

/** Folders inside an experiment that are not runs (MLflow's RESERVED_EXPERIMENT_FOLDERS). */
export const RESERVED_EXPERIMENT_FOLDERS = new Set(['tags', 'datasets', 'traces', 'models'])

/** Runs read at once: enough to keep the file limiter full, few enough to bound memory. */
const RUN_CONCURRENCY = 32

/** A run and the folder it was read from. */
export interface RunFolder {
  run: Run
  folder: string
}

/**
 * Reads one run folder: meta.yaml, then params/, tags/ and metrics/ (latest values). Missing
 * folders are empty. Deleted runs are read only when `includeDeleted`; null when skipped.
 */
export async function readRunFolder(
  fs: FileStoreFs,
  folder: string,
  experimentId: string,
  includeDeleted: boolean,
): Promise<RunFolder | null> {
  const metaFile = join(folder, 'meta.yaml')
  const meta = await readYamlMapping(fs, metaFile)
  if (meta === undefined) {
    fs.log.add(folder, 'no meta.yaml: not a readable run; skipped')
    return null
  }
  if (meta === null) return null
  if (meta.lifecycle_stage === 'deleted' && !includeDeleted) return null
  const [params, tags, metrics] = await Promise.all([
    readKeyValueFolder(fs, join(folder, 'params')),
    readKeyValueFolder(fs, join(folder, 'tags')),
    readLatestMetrics(fs, join(folder, 'metrics')),
  ])
  const result = runFromMeta(meta, {
    folderName: basename(folder),
    experimentId,
    params,
    tags,
    metrics,
  })
  if (!result.ok) {
    fs.log.add(metaFile, result.reason)
    return null
  }
  for (const warning of result.warnings) fs.log.add(metaFile, warning)
  if (result.value.lifecycle === 'deleted' && !includeDeleted) return null
  return { run: result.value, folder }
}

/**
 * Names of the run folders of an experiment folder (every sub-folder but the reserved ones). A
 * symlinked folder leading to the experiment folder or one holding it (a loop: its meta.yaml would
 * become a phantom run), or to a run folder already listed (the same run twice), is left out as
 * one problem naming it and the rule.
 */
export async function runFolderNames(fs: FileStoreFs, experimentFolder: string): Promise<string[]> {
  const entries = ((await fs.listFolder(experimentFolder)) ?? [])
    .filter((entry) => entry.kind === 'dir' && !entry.name.startsWith('.'))
    .filter((entry) => !RESERVED_EXPERIMENT_FOLDERS.has(entry.name))
  if (!entries.some((entry) => entry.symlink)) return entries.map((entry) => entry.name)
  const here = (await realpathOrNull(experimentFolder)) ?? experimentFolder
  const reals = await Promise.all(
    entries.map((entry) => realpathOrNull(join(experimentFolder, entry.name))),
  )
  const plain = new Map<string, string>()
  entries.forEach((entry, i) => {
    const real = reals[i]
    if (!entry.symlink && real) plain.set(real, entry.name)
  })
  const names: string[] = []
  const linked = new Map<string, string>()
  entries.forEach((entry, i) => {
    const real = reals[i] ?? null
    if (!entry.symlink || real === null) return void names.push(entry.name)
    const refuse = (rule: string) =>
      fs.log.add(
        join(experimentFolder, entry.name),
        `symlinked run folder leading to ${real} skipped: ${rule}`,
      )
    const twin = plain.get(real) ?? linked.get(real)
    if (isAncestorOrSelf(real, here)) refuse('it holds this experiment folder (a loop)')
    else if (twin) refuse(`it is run folder "${twin}" again`)
    else {
      linked.set(real, entry.name)
      names.push(entry.name)
    }
  })
  return names
}

/** All runs of one experiment folder, in folder-name order. */
export async function readRunFolders(
  fs: FileStoreFs,
  experimentFolder: string,
  experimentId: string,
  includeDeleted: boolean,
): Promise<RunFolder[]> {
  const names = await runFolderNames(fs, experimentFolder)
  const runs = await mapWithConcurrency(names, RUN_CONCURRENCY, (name) =>
    readRunFolder(fs, join(experimentFolder, name), experimentId, includeDeleted),
  )
  return runs.filter((entry): entry is RunFolder => entry !== null)
}
