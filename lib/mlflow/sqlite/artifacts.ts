import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { TrackingReadError } from '../../tracking/tracking-read-error'
import type { ArtifactEntry } from '../../tracking/types'
import { insideRoots, realpathOrNull } from '../artifact-containment'
import type { ArtifactFolderVisits } from '../artifact-folder-visits'

/**
 * Entries directly inside `path` of a local (real) artifact root, sorted by path; [] when absent.
 * An entry whose real path leaves `allowed`, or a symlinked folder looping back, is left out and
 * reported through `refuse` with the rule.
 */
export async function listLocalArtifacts(
  root: string,
  path: string,
  allowed: string[],
  visits: ArtifactFolderVisits,
  refuse: (path: string, rule: string) => void,
): Promise<ArtifactEntry[]> {
  let all
  try {
    all = await readdir(join(root, path), { withFileTypes: true })
  } catch {
    return []
  }
  const entries = []
  for (const entry of all) {
    const relative = path ? `${path}/${entry.name}` : entry.name
    const real = await realpathOrNull(join(root, relative))
    if (real === null) refuse(relative, 'its real path cannot be resolved')
    else if (!insideRoots(real, allowed))
      refuse(
        relative,
        `it leads to ${real}, outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
      )
    else {
      const linked = entry.isSymbolicLink()
      const isDir =
        entry.isDirectory() || (linked && (await stat(real).catch(() => null))?.isDirectory())
      const loop = isDir ? visits.refusal(relative, real, linked) : null
      if (loop) refuse(relative, loop)
      else entries.push(entry)
    }
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
export async function readLocalArtifact(
  root: string,
  path: string,
  allowed: string[],
): Promise<Uint8Array> {
  const full = join(root, path)
  const real = await realpathOrNull(full)
  if (real !== null && !insideRoots(real, allowed)) {
    throw new TrackingReadError(
      full,
      `artifact refused: it leads to ${real}, outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
    )
  }
  try {
    return new Uint8Array(await readFile(full))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new TrackingReadError(full, 'artifact not found')
    if (code === 'EISDIR') throw new TrackingReadError(full, 'is a folder, not an artifact file')
    throw new TrackingReadError(full, `cannot read artifact: ${(error as Error).message}`)
  }
}
