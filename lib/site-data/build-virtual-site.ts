import {
  DEFAULT_PREFETCH,
  MemoryVolume,
  mountVolume,
  type VolumeFile,
} from '../virtual-fs/memory-volume'
import { buildSite, type SiteBuild, type SiteBuildProgress } from './build-site'
import { memorySiteSink } from './site-file-sink'

export interface VirtualSite {
  /** every site file the build would write, keyed as the page asks for it (`data/runs.json`) */
  files: Map<string, Uint8Array>
  build: SiteBuild
}

/**
 * The site files of a project the user opened in the page, built in memory by the same
 * buildSite as `npm run build`: the user's files are mounted read-only at their paths (`root`
 * is the opened folder, e.g. `/my-project`), the project folder is surveyed with the build's
 * discovery rules (MONITOR_PROJECT=root), and the builders write into a Map. Only code bundled
 * with the node:fs stand-ins of lib/virtual-fs/ reads the volume (the page's worker).
 */
export async function buildVirtualSite(
  files: readonly VolumeFile[],
  root: string,
  progress?: SiteBuildProgress,
): Promise<VirtualSite> {
  mountVolume(new MemoryVolume(files, DEFAULT_PREFETCH))
  const sink = memorySiteSink()
  const build = await buildSite({ MONITOR_PROJECT: root }, root, sink, progress)
  return { files: sink.files, build }
}
