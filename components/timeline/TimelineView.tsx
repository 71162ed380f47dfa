'use client'

import { DataState } from '@/components/data/DataState'
import {
  MonitoringNotReady,
  monitoringNotWritten,
} from '@/components/monitoring/MonitoringNotReady'
import { useMonitoringSite } from '@/components/monitoring/use-monitoring-site'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { ChunkingSelector } from './ChunkingSelector'
import { TimelineContent } from './TimelineContent'

/**
 * /timeline/: how the model's health moved chunk by chunk (season, month), the retrain
 * signals with their causes, and the worst slices, from data/monitoring.json.
 */
export function TimelineView() {
  const { t } = useT()
  const site = useMonitoringSite()
  const report = site.status === 'ready' ? site.value.report : null
  const available = report ? [...new Set(report.chunks.map((c) => c.chunking))] : ['season']
  return (
    <ViewLayout view="timeline" sidebar={<ChunkingSelector available={available} />}>
      {monitoringNotWritten(site) ? (
        <MonitoringNotReady state={site} what="project.monitoring.what.timeline" />
      ) : (
        <DataState value={site} loading={t('timeline.loading')} prerendered>
          {(value) =>
            value.report ? (
              <TimelineContent report={value.report} />
            ) : (
              <p
                role="alert"
                className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
              >
                {t('timeline.noReport', { problem: value.problem ?? '' })}
              </p>
            )
          }
        </DataState>
      )}
    </ViewLayout>
  )
}
