import {
  DEFAULT_PREFETCH,
  MemoryVolume,
  mountVolume,
  type VolumeFile,
} from '../virtual-fs/memory-volume'
import { buildSite, type SiteBuild, type SiteBuildProgress } from './build-site'
import type { BuildReport } from './build-report/build-report-types'
import type { Snapshot } from './predictions/snapshot-types'
import type { RunsSnapshotResult } from './runs/build-runs-snapshot'
import { memorySiteSink, siteJson } from './site-file-sink'

export interface VirtualSite {
  /** every site file the build would write, keyed as the page asks for it (`data/runs.json`) */
  files: Map<string, Uint8Array>
  build: SiteBuild
}

/** The files a dashboard shows before monitoring.json is computed (see buildVirtualSite). */
export interface DashboardFiles {
  /** every site file written so far, and build-report.json without monitoring's problems */
  files: Map<string, Uint8Array>
  report: BuildReport
  snapshot: Snapshot
  runs: RunsSnapshotResult
}

/**
 * The files written after the dashboard's were handed over: those it did not hold and those
 * written again (the monitoring report, the final build report), as [name, bytes] entries.
 */
export function filesAfter(
  dashboard: ReadonlyMap<string, Uint8Array>,
  files: ReadonlyMap<string, Uint8Array>,
): [string, Uint8Array][] {
  return [...files].filter(([name, bytes]) => dashboard.get(name) !== bytes)
}

/**
 * The site files of a project the user opened in the page, built in memory by the same
 * buildSite as `npm run build`: the user's files are mounted read-only at their paths (`root`
 * is the opened folder, e.g. `/my-project`), the project folder is surveyed with the build's
 * discovery rules (MONITOR_PROJECT=root), and the builders write into a Map. Only code bundled
 * with the node:fs stand-ins of lib/virtual-fs/ reads the volume (the page's worker).
 * `onDashboard` gets the files every view but the monitoring ones reads as soon as they are
 * written (a copy: the build goes on into the Map), before the monitoring report, the longest
 * step, is computed; the result holds every file, the final build report among them.
 */
export async function buildVirtualSite(
  files: readonly VolumeFile[],
  root: string,
  progress?: SiteBuildProgress,
  onDashboard?: (dashboard: DashboardFiles) => void | Promise<void>,
): Promise<VirtualSite> {
  mountVolume(new MemoryVolume(files, DEFAULT_PREFETCH))
  const sink = memorySiteSink()
  const build = await buildSite(
    { MONITOR_PROJECT: root },
    root,
    sink,
    progress,
    onDashboard &&
      ((dashboard) => {
        const written = new Map(sink.files)
        written.set('data/build-report.json', new TextEncoder().encode(siteJson(dashboard.report)))
        return onDashboard({ ...dashboard, files: written })
      }),
  )
  return { files: sink.files, build }
}
