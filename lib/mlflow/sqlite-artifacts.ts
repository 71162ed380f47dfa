import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { TrackingReadError } from '../tracking/tracking-read-error'
import type { ArtifactEntry } from '../tracking/types'

/** The first candidate that is an existing directory, or null. */
export async function firstExistingFolder(candidates: string[]): Promise<string | null> {
  for (const candidate of candidates) {
    try {
      if ((await stat(candidate)).isDirectory()) return candidate
    } catch {
      // not there: try the next one
    }
  }
  return null
}

/** Entries directly inside `path` of a local artifact root, sorted by path; [] when absent. */
export async function listLocalArtifacts(root: string, path: string): Promise<ArtifactEntry[]> {
  let entries
  try {
    entries = await readdir(join(root, path), { withFileTypes: true })
  } catch {
    return []
  }
  const listed = await Promise.all(
    entries.map(async (entry): Promise<ArtifactEntry> => {
      const relative = path ? `${path}/${entry.name}` : entry.name
      const full = join(root, relative)
      const info = await stat(full).catch(() => null)
      const isDir = info ? info.isDirectory() : entry.isDirectory()
      return { path: relative, isDir, size: isDir || !info ? null : info.size }
    }),
  )
  return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Bytes of one artifact file under a local root; TrackingReadError naming it otherwise. */
export async function readLocalArtifact(root: string, path: string): Promise<Uint8Array> {
  const full = join(root, path)
  try {
    return new Uint8Array(await readFile(full))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new TrackingReadError(full, 'artifact not found')
    if (code === 'EISDIR') throw new TrackingReadError(full, 'is a folder, not an artifact file')
    throw new TrackingReadError(full, `cannot read artifact: ${(error as Error).message}`)
  }
}
