import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parseMlflowYaml } from '../mlflow-yaml-read'

/** An experiment folder seen by the writer, with its meta.yaml when readable. */
export interface ScannedExperiment {
  id: string
  folder: string
  inTrash: boolean
  meta: Record<string, unknown> | null
}

async function folderNames(parent: string): Promise<string[]> {
  try {
    const entries = await readdir(parent, { withFileTypes: true })
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name)
  } catch {
    return []
  }
}

export async function readMetaOrNull(file: string): Promise<Record<string, unknown> | null> {
  try {
    return parseMlflowYaml(await readFile(file, 'utf8'), file)
  } catch {
    return null
  }
}

/** Every experiment folder of a store (root and .trash), as the writer needs them. */
export async function scanExperiments(root: string): Promise<ScannedExperiment[]> {
  const trash = join(root, '.trash')
  const [active, deleted] = await Promise.all([folderNames(root), folderNames(trash)])
  const folders = [
    ...active
      .filter((name) => name !== 'models')
      .map((id) => ({ id, folder: join(root, id), inTrash: false })),
    ...deleted.map((id) => ({ id, folder: join(trash, id), inTrash: true })),
  ]
  return Promise.all(
    folders.map(async (entry) => ({
      ...entry,
      meta: await readMetaOrNull(join(entry.folder, 'meta.yaml')),
    })),
  )
}

/** The folder of run `runId` in any experiment (active or deleted), or null. */
export async function findRunFolder(root: string, runId: string): Promise<string | null> {
  if (!/^[A-Za-z0-9][\w-]*$/.test(runId)) return null
  for (const experiment of await scanExperiments(root)) {
    const folder = join(experiment.folder, runId)
    const info = await stat(join(folder, 'meta.yaml')).catch(() => null)
    if (info?.isFile()) return folder
  }
  return null
}
