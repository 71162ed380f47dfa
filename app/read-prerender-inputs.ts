import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteFileParser } from '@/lib/site-data/parse-site-json'
import {
  MONITORING_SITE_FILE,
  parseMonitoringSite,
} from '@/lib/site-data/monitoring/parse-monitoring-site'
import { parseRows } from '@/lib/site-data/predictions/parse-rows'
import { parseSnapshot, SNAPSHOT_FILE } from '@/lib/site-data/predictions/parse-snapshot'
import { parseRunsSnapshot, RUNS_SNAPSHOT_FILE } from '@/lib/site-data/runs/parse-runs-snapshot'
import type { PrerenderInputs } from '@/lib/views/prerender/prerender-view'

/** What a page's default view needs read from the build's site files. */
export type PrerenderNeeds = 'predictions' | 'monitoring' | 'runs'

/** Where `prebuild` (scripts/build-data.ts → buildSite) wrote the site files the pages ship. */
const SITE_ROOT = join(process.cwd(), 'public')

/**
 * A site file read from disk at build time by the same parser the browser uses. A file the build
 * did not write is null (the landing state: the page says the build has no data); one that
 * does not parse stops the build with the parser's sentence naming the file.
 */
async function readSiteFile<T>(file: string, parse: SiteFileParser<T>): Promise<T | null> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(join(SITE_ROOT, file)))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  return parse(bytes, file)
}

/** Server-only (build time): the site files behind a page's prerendered default view. */
export async function readPrerenderInputs(
  needs: readonly PrerenderNeeds[],
): Promise<PrerenderInputs> {
  const inputs: PrerenderInputs = { snapshot: null, rows: {}, monitoring: null, runs: null }
  if (needs.includes('predictions')) {
    inputs.snapshot = await readSiteFile(SNAPSHOT_FILE, parseSnapshot)
    for (const name of ['dev', 'prod'] as const) {
      const file = inputs.snapshot?.datasets[name]?.rowsFile
      const rows = file ? await readSiteFile(file, parseRows) : null
      if (rows) inputs.rows[name] = rows
    }
  }
  if (needs.includes('monitoring')) {
    inputs.monitoring = await readSiteFile(MONITORING_SITE_FILE, parseMonitoringSite)
  }
  if (needs.includes('runs'))
    inputs.runs = await readSiteFile(RUNS_SNAPSHOT_FILE, parseRunsSnapshot)
  return inputs
}
