import { join } from 'node:path'
import type { FileStoreFs } from './fs'

/** One file of a params/, tags/ or metrics/ folder and the key MLflow derives from its path. */
export interface KeyFile {
  key: string
  file: string
}

/** Keys are at most 250 characters, so deeper nesting can only be a mistake or a loop. */
const MAX_DEPTH = 128

/**
 * The files of a key folder, walked recursively as MLflow's `_get_resource_files` does: a key
 * with `/` (`train/loss`) is stored as nested folders and rebuilt from the relative path.
 * Linked folders are not descended into (os.walk's default). A missing folder means no keys;
 * a file where the folder should be is logged by FileStoreFs.
 */
export async function listKeyFiles(
  fs: FileStoreFs,
  folder: string,
  prefix = '',
): Promise<KeyFile[]> {
  const entries = await fs.listFolder(folder)
  if (!entries) return []
  if (prefix.split('/').length > MAX_DEPTH) {
    fs.log.add(folder, `key folders nested more than ${MAX_DEPTH} deep; not read further`)
    return []
  }
  const nested = await Promise.all(
    entries.map(async (entry): Promise<KeyFile[]> => {
      const key = prefix ? `${prefix}/${entry.name}` : entry.name
      const file = join(folder, entry.name)
      if (entry.kind === 'file') return [{ key, file }]
      return entry.symlink ? [] : listKeyFiles(fs, file, key)
    }),
  )
  return nested.flat()
}

/** params/ or tags/: each file's whole content is the value (no trailing newline is added). */
export async function readKeyValueFolder(
  fs: FileStoreFs,
  folder: string,
): Promise<Record<string, string>> {
  const files = await listKeyFiles(fs, folder)
  const values = await Promise.all(files.map((entry) => fs.readText(entry.file)))
  const result: Record<string, string> = {}
  files.forEach((entry, i) => {
    const value = values[i]
    if (typeof value === 'string') result[entry.key] = value
  })
  return sortedRecord(result)
}

/** The same record with its keys in code-point order, so output is stable across file systems. */
export function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {}
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T
  return sorted
}
