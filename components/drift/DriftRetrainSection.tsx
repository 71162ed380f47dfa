'use client'

import { DriftMonitoringPanel } from '@/components/monitoring/DriftMonitoringPanel'
import {
  MonitoringNotReady,
  monitoringNotWritten,
} from '@/components/monitoring/MonitoringNotReady'
import { useMonitoringSite } from '@/components/monitoring/use-monitoring-site'
import { useT } from '@/components/shell/use-t'

/**
 * The monitoring report's drift panel, once data/monitoring.json is read; a sentence without it
 * (or while an opened project's report is still computing).
 */
export function DriftRetrainSection() {
  const { t } = useT()
  const monitoring = useMonitoringSite()
  if (monitoring.status === 'loading') return null
  if (monitoringNotWritten(monitoring)) {
    return <MonitoringNotReady state={monitoring} what="project.monitoring.what.drift" />
  }
  if (monitoring.status !== 'ready' || !monitoring.value.report) {
    const problem =
      monitoring.status === 'ready'
        ? (monitoring.value.problem ?? '–')
        : monitoring.status === 'error'
          ? monitoring.error
          : '–'
    return (
      <p role="note" className="text-sm text-slate-600 dark:text-slate-400">
        {t('monitoring.drift.noReport', { problem })}
      </p>
    )
  }
  return <DriftMonitoringPanel report={monitoring.value.report} />
}
