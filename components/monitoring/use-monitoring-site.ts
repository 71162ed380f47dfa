'use client'

import { useSiteFile } from '@/components/data/use-site-file'
import type { Loadable } from '@/components/data/loadable'
import type { MonitoringSite } from '@/lib/site-data/monitoring/monitoring-site-types'
import {
  MONITORING_SITE_FILE,
  parseMonitoringSite,
} from '@/lib/site-data/monitoring/parse-monitoring-site'

/** data/monitoring.json, fetched and parsed once per page load. */
export function useMonitoringSite(): Loadable<MonitoringSite> {
  return useSiteFile(MONITORING_SITE_FILE, parseMonitoringSite)
}
