import type { ArtifactEntry, TrackingStore } from '../../tracking/types'

export interface ArtifactWalk {
  /** each folder followed by its contents, siblings in the store's order */
  entries: ArtifactEntry[]
  /** stopped at maxEntries, or a folder deeper than maxDepth was not opened */
  truncated: boolean
}

/**
 * Lists a run's artifacts recursively, depth-first (each folder followed by its contents, as a
 * tree shows them), stopping at `maxEntries` entries and not opening folders deeper than
 * `maxDepth` (root entries are depth 0).
 * A listing that fails is reported through `onError` and treated as empty.
 */
export async function walkArtifacts(
  store: TrackingStore,
  runId: string,
  limits: { maxDepth: number; maxEntries: number },
  onError: (path: string, error: unknown) => void,
): Promise<ArtifactWalk> {
  const entries: ArtifactEntry[] = []
  let truncated = false
  const visit = async (path: string, depth: number): Promise<void> => {
    let listed: ArtifactEntry[]
    try {
      listed = await store.listArtifacts(runId, path || undefined)
    } catch (error) {
      onError(path, error)
      return
    }
    for (const entry of listed) {
      if (entries.length >= limits.maxEntries) {
        truncated = true
        return
      }
      entries.push(entry)
      if (!entry.isDir) continue
      if (depth + 1 > limits.maxDepth) truncated = true
      else await visit(entry.path, depth + 1)
    }
  }
  await visit('', 0)
  return { entries, truncated }
}
