import { join } from 'node:path'
import type { Experiment } from '../../tracking/types'
import { experimentFromMeta } from './experiment-meta'
import type { FileStoreFs } from './fs'
import { readKeyValueFolder } from './key-folder'
import { readYamlMapping } from './yaml-file'

export const TRASH_FOLDER = '.trash'
/** Root folders that are not experiments: deleted experiments and the model registry. */
export const RESERVED_ROOT_FOLDERS = new Set([TRASH_FOLDER, 'models'])

/** An experiment and the folder it was read from (under the root or under .trash). */
export interface ExperimentFolder {
  experiment: Experiment
  folder: string
}

/** Reads one experiment folder; a folder without a readable meta.yaml is skipped and logged. */
export async function readExperimentFolder(
  fs: FileStoreFs,
  folder: string,
  folderName: string,
  inTrash: boolean,
): Promise<ExperimentFolder | null> {
  const metaFile = join(folder, 'meta.yaml')
  const [meta, tags] = await Promise.all([
    readYamlMapping(fs, metaFile),
    readKeyValueFolder(fs, join(folder, 'tags')),
  ])
  if (meta === undefined) {
    fs.log.add(
      folder,
      'no meta.yaml: not a readable experiment (MLflow: "Malformed experiment"); skipped',
    )
    return null
  }
  if (meta === null) return null
  const result = experimentFromMeta(meta, folderName, inTrash, tags)
  if (!result.ok) {
    fs.log.add(metaFile, result.reason)
    return null
  }
  for (const warning of result.warnings) fs.log.add(metaFile, warning)
  return { experiment: result.value, folder }
}

async function experimentFolderNames(fs: FileStoreFs, parent: string): Promise<string[]> {
  const entries = await fs.listFolder(parent)
  return (entries ?? [])
    .filter((entry) => entry.kind === 'dir' && !entry.name.startsWith('.'))
    .filter((entry) => !RESERVED_ROOT_FOLDERS.has(entry.name))
    .map((entry) => entry.name)
}

/** Every experiment of the store, active ones (root) and deleted ones (.trash). */
export async function readAllExperimentFolders(
  fs: FileStoreFs,
  root: string,
): Promise<ExperimentFolder[]> {
  const trash = join(root, TRASH_FOLDER)
  const [active, deleted] = await Promise.all([
    experimentFolderNames(fs, root),
    experimentFolderNames(fs, trash),
  ])
  const read = await Promise.all([
    ...active.map((name) => readExperimentFolder(fs, join(root, name), name, false)),
    ...deleted.map((name) => readExperimentFolder(fs, join(trash, name), name, true)),
  ])
  const seen = new Set<string>()
  const result: ExperimentFolder[] = []
  for (const entry of read) {
    if (!entry) continue
    if (seen.has(entry.experiment.id)) {
      fs.log.add(
        entry.folder,
        `experiment ${entry.experiment.id} also exists outside .trash; this copy is ignored`,
      )
      continue
    }
    seen.add(entry.experiment.id)
    result.push(entry)
  }
  return result
}
