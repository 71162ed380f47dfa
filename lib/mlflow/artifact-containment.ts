import { realpath } from 'node:fs/promises'
import { delimiter, dirname, resolve, sep } from 'node:path'

/**
 * Folders artifacts may be read from and published: the store folder, the project folder that
 * holds it, and the folders listed in `MONITOR_ARTIFACT_ROOTS` (path-delimiter separated), each
 * resolved with realpath (a folder that does not exist is dropped).
 */
export async function artifactRoots(
  storeRoot: string,
  extra: string | undefined = process.env.MONITOR_ARTIFACT_ROOTS,
): Promise<string[]> {
  const wanted = [storeRoot, dirname(resolve(storeRoot))]
  for (const folder of (extra ?? '').split(delimiter)) if (folder.trim()) wanted.push(folder.trim())
  const real = await Promise.all(wanted.map((folder) => realpathOrNull(resolve(folder))))
  return [...new Set(real.filter((folder): folder is string => folder !== null))]
}

/** The real path (symlinks resolved), or null when it does not exist or cannot be resolved. */
export async function realpathOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path)
  } catch {
    return null
  }
}

/** True when the real path `path` is one of `roots` or lies inside one. */
export function insideRoots(path: string, roots: string[]): boolean {
  return roots.some(
    (root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep),
  )
}

/** True when the real path `path` is `folder` or an ancestor of it (a folder symlink loop). */
export function isAncestorOrSelf(path: string, folder: string): boolean {
  return folder === path || folder.startsWith(path.endsWith(sep) ? path : path + sep)
}
