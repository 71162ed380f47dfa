'use client'

import { useSyncExternalStore } from 'react'
import { useSiteFile } from '@/components/data/use-site-file'
import type { Loadable } from '@/components/data/loadable'
import {
  monitoringState,
  subscribeProject,
  type MonitoringState,
} from '@/components/project/opened-project'
import type { MonitoringSite } from '@/lib/site-data/monitoring/monitoring-site-types'
import {
  MONITORING_SITE_FILE,
  parseMonitoringSite,
} from '@/lib/site-data/monitoring/parse-monitoring-site'

/**
 * data/monitoring.json as a view waits for it: the file (loading, error, ready) or, for a project
 * opened in the page, where its report stands while it is not written: still `computing` in the
 * worker, `failed` (the worker's error), `unfinished` (kept before it was done, page reloaded).
 */
export type MonitoringLoadable =
  Loadable<MonitoringSite> | Exclude<MonitoringState, { status: 'ready' }>

const READY_STATE: MonitoringState = { status: 'ready' }

/** Where the opened project's monitoring report stands (`ready` for the site's own data). */
export function useMonitoringState(): MonitoringState {
  return useSyncExternalStore(subscribeProject, monitoringState, () => READY_STATE)
}

/** data/monitoring.json, fetched and parsed once per page load; filled in once computed. */
export function useMonitoringSite(): MonitoringLoadable {
  const state = useMonitoringState()
  const site = useSiteFile(
    state.status === 'ready' ? MONITORING_SITE_FILE : null,
    parseMonitoringSite,
  )
  return state.status === 'ready' ? site : state
}
