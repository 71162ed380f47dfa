'use client'

import { useT } from '@/components/shell/use-t'
import type { MessageKey } from '@/lib/i18n/messages-en'
import type { MonitoringLoadable } from './use-monitoring-site'

/** The states of an opened project's monitoring report before monitoring.json is read. */
export type MonitoringNotWritten = Extract<
  MonitoringLoadable,
  { status: 'computing' | 'failed' | 'unfinished' }
>

export const monitoringNotWritten = (state: MonitoringLoadable): state is MonitoringNotWritten =>
  state.status === 'computing' || state.status === 'failed' || state.status === 'unfinished'

const BOX = 'rounded-lg border p-3 text-sm'

/**
 * Where a view shows the monitoring report of a project opened in the page while it is not
 * there: still computing in the worker (`what` names what will fill in), failed with the
 * worker's error, or not finished before the page was closed.
 */
export function MonitoringNotReady({
  state,
  what,
}: {
  state: MonitoringNotWritten
  what: MessageKey
}) {
  const { t } = useT()
  if (state.status === 'computing') {
    return (
      <p
        role="status"
        data-testid="monitoring-pending"
        className={`${BOX} flex items-center gap-2 border-blue-200 bg-blue-50 text-blue-950 dark:border-blue-800 dark:bg-blue-950/40 dark:text-blue-100`}
      >
        <span
          aria-hidden="true"
          className="inline-block h-2.5 w-2.5 shrink-0 rounded-full bg-blue-600 dark:bg-blue-300"
        />
        {t('project.monitoring.computing', { what: t(what) })}
      </p>
    )
  }
  return (
    <p
      role="alert"
      data-testid="monitoring-missing"
      className={`${BOX} border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100`}
    >
      {state.status === 'failed'
        ? t('project.monitoring.failed', { error: state.error })
        : t('project.monitoring.unfinished')}
    </p>
  )
}
