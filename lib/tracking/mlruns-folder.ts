import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parse } from 'yaml'

/** Root folders of an mlruns tree that are not experiments. */
const NOT_EXPERIMENTS = new Set(['.trash', 'models'])

/**
 * True when `meta.yaml` text, found in folder `folderName`, describes an MLflow experiment (as
 * opposed to a run, a 3.x LoggedModel or a registered model): experiment_id equal to the folder
 * name, a name, and no run or model id.
 */
export function isExperimentMeta(folderName: string, text: string): boolean {
  if (!text.includes('experiment_id') || !text.includes('name')) return false
  let meta: unknown
  try {
    meta = parse(text)
  } catch {
    return false
  }
  if (typeof meta !== 'object' || meta === null) return false
  const fields = meta as Record<string, unknown>
  const id = fields.experiment_id
  if (typeof id !== 'string' && typeof id !== 'number') return false
  if ('run_id' in fields || 'run_uuid' in fields || 'model_id' in fields) return false
  return String(id) === folderName && typeof fields.name === 'string'
}

/** True when `folder/meta.yaml` exists and describes an experiment. */
export async function isExperimentFolder(folder: string): Promise<boolean> {
  try {
    return isExperimentMeta(basename(folder), await readFile(join(folder, 'meta.yaml'), 'utf8'))
  } catch {
    return false
  }
}

/** True when the folder holds at least one `<id>/meta.yaml` describing an experiment. */
export async function looksLikeMlrunsFolder(folder: string): Promise<boolean> {
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch {
    return false
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || NOT_EXPERIMENTS.has(entry.name)) continue
    if (await isExperimentFolder(join(folder, entry.name))) return true
  }
  return false
}
