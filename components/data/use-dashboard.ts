'use client'

import { useEffect, useMemo } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { filterIndices } from '@/lib/site-data/predictions/filter-indices'
import type { LoadedPredictions } from '@/lib/predictions/types'
import type { DatasetName, Snapshot, SnapshotDataset } from '@/lib/site-data/predictions/snapshot-types'
import type { SiteFileParser } from '@/lib/site-data/parse-site-json'
import { parseSnapshot, SNAPSHOT_FILE } from '@/lib/site-data/predictions/parse-snapshot'
import { yieldToPage } from '@/components/project/send-in-slices'
import type { Loadable } from './loadable'
import { pauseAfter } from './pause-after'
import { useSiteFile } from './use-site-file'

/** One dataset as a view uses it: all shipped rows, and the indices the sidebar filters keep. */
export interface FilteredDataset {
  name: DatasetName
  meta: SnapshotDataset
  loaded: LoadedPredictions
  /** rows passing the URL's filters (indices into loaded.data arrays) */
  indices: Uint32Array
}

export interface Dashboard {
  snapshot: Loadable<Snapshot>
  dev: Loadable<FilteredDataset>
  prod: Loadable<FilteredDataset>
  threshold: number
}

/**
 * The rows parser imported once a view needs rows: the parquet reader (hyparquet) and the predictions
 * loader are not in the routes' first-load JavaScript, so they do not run before the first paint
 * or during hydration. Their chunk is fetched beside the rows file (useRows starts it), not after
 * it; a failed import is forgotten so a later mount tries again. Module-level: useSiteFile caches
 * by the parser's identity.
 */
let rowsModule: Promise<typeof import('@/lib/site-data/predictions/parse-rows')> | null = null
function loadRowsModule() {
  rowsModule ??= import('@/lib/site-data/predictions/parse-rows').catch((error: unknown) => {
    rowsModule = null
    throw error
  })
  return rowsModule
}
// decoded a column chunk at a time, yielding after ROWS_TASK_MS: a 200,000-row file is then
// many short tasks instead of one of half a second or more (the same rows)
const ROWS_TASK_MS = 40
const parseRowsLater: SiteFileParser<LoadedPredictions> = async (bytes, file) =>
  (await loadRowsModule()).parseRowsInSteps(bytes, file, pauseAfter(ROWS_TASK_MS, yieldToPage))

/** The rows of one dataset, decoded in the browser; a dataset the build lacks → error sentence. */
function useRows(snapshot: Snapshot | null, dataset: DatasetName): Loadable<LoadedPredictions> {
  const entry = snapshot?.datasets[dataset] ?? null
  const rows = useSiteFile(entry?.rowsFile ?? null, parseRowsLater)
  const wanted = entry !== null
  useEffect(() => {
    if (wanted) loadRowsModule().catch(() => undefined)
  }, [wanted])
  if (snapshot && !entry) return { status: 'error', error: `no ${dataset} predictions in this build` }
  return rows
}

function useFiltered(
  snapshot: Snapshot | null,
  name: DatasetName,
): Loadable<FilteredDataset> {
  const rows = useRows(snapshot, name)
  const { state } = useUrlState()
  const { playoffs, seasonFrom, seasonTo } = state
  // the URL parse makes new arrays each time: key on their content, so a threshold move does not
  // hand every view new indices
  const periodKey = state.period.join(',')
  const zoneKey = state.zone.join(',')
  return useMemo(() => {
    if (rows.status !== 'ready') return rows
    const meta = snapshot!.datasets[name]!
    const period = periodKey ? periodKey.split(',').map(Number) : []
    const zone = (zoneKey ? zoneKey.split(',') : []) as typeof state.zone
    const indices = filterIndices(rows.value.data, { period, playoffs, seasonFrom, seasonTo, zone })
    return { status: 'ready', value: { name, meta, loaded: rows.value, indices } }
    // state.zone's type only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, snapshot, name, periodKey, playoffs, seasonFrom, seasonTo, zoneKey])
}

/**
 * Everything a view needs: the build's snapshot, both datasets filtered by the URL state, and
 * the threshold. Changing a control in the sidebar re-filters here and re-drives every chart.
 */
export function useDashboard(): Dashboard {
  const snapshot = useSiteFile(SNAPSHOT_FILE, parseSnapshot)
  const ready = snapshot.status === 'ready' ? snapshot.value : null
  const dev = useFiltered(ready, 'dev')
  const prod = useFiltered(ready, 'prod')
  const { state } = useUrlState()
  return { snapshot, dev, prod, threshold: state.threshold }
}
