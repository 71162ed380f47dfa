'use client'

import { useT } from '@/components/shell/use-t'
import type { Lifecycle, RunStatus } from '@/lib/tracking/types'

const COLORS: Record<RunStatus, string> = {
  FINISHED: 'bg-green-100 text-green-800 dark:bg-green-950 dark:text-green-200',
  RUNNING: 'bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200',
  SCHEDULED: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  FAILED: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  KILLED: 'bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
}

/** A run's status as a coloured word (the word carries the meaning, not the colour). */
export function RunStatusBadge({
  status,
  lifecycle,
}: {
  status: RunStatus
  lifecycle?: Lifecycle
}) {
  const { t } = useT()
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span
        className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${COLORS[status]}`}
      >
        {t(`runs.status.${status}`)}
      </span>
      {lifecycle === 'deleted' && (
        <span className="rounded border border-slate-300 px-1.5 py-0.5 text-xs whitespace-nowrap text-slate-600 dark:border-slate-600 dark:text-slate-300">
          {t('runs.deleted')}
        </span>
      )}
    </span>
  )
}
