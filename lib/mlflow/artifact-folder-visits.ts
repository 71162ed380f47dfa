import { isAncestorOrSelf } from './artifact-containment'

/**
 * The real paths of the folders one run's artifact walk has reached, each with the artifact
 * path it was reached as. A symlinked folder whose real path is one of them, lies inside one or
 * holds one would list the same files twice or never end (a → b → a, a link to an ancestor):
 * it is refused whatever the depth limit. Listing the same folder again is not a loop.
 */
export class ArtifactFolderVisits {
  private readonly visited = new Map<string, string>()

  /** `root` is the run's real artifact folder, reached as ''. */
  constructor(root: string) {
    this.visited.set(root, '')
  }

  /**
   * Why the folder at artifact path `path` (real path `real`) must not be walked, or null after
   * recording it. `symlink`: reached through a link (a plain subfolder of a walked folder is
   * inside it by construction, and only its exact real path can repeat).
   */
  refusal(path: string, real: string, symlink: boolean): string | null {
    for (const [seen, seenAs] of this.visited) {
      if (seenAs === path || seenAs.startsWith(`${path}/`)) continue
      const as = seenAs === '' ? 'the artifact folder' : `"${seenAs}"`
      const link = `a symlinked folder leading to ${real}`
      if (real === seen) return `${link}, already walked as ${as} (a loop)`
      if (!symlink) continue
      if (isAncestorOrSelf(real, seen)) return `${link}, which holds ${as}, already walked (a loop)`
      if (isAncestorOrSelf(seen, real))
        return `${link}, inside ${as}, already walked (its files would be listed twice)`
    }
    this.visited.set(real, path)
    return null
  }
}
