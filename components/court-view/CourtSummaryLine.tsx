'use client'

import { useT } from '@/components/shell/use-t'
import type { DatasetCourt } from './use-court-selection'

/** "6,426 prod shots (5,412 labelled) · 1,014 unlabelled", following the filters. */
export function CourtSummaryLine({ court }: { court: DatasetCourt }) {
  const { t, num } = useT()
  const { name, loaded, selection } = court
  // counted in the selection's own pass (courtSelection)
  const summary = {
    shots: selection.rows.length,
    labelled: selection.labelled,
    unlabelled: selection.rows.length - selection.labelled,
  }
  const total = loaded.data.target.length
  return (
    <p data-testid={`court-summary-${name}`} className="text-sm text-slate-700 dark:text-slate-300">
      <span className="font-medium tabular-nums">
        {t('court.summary', {
          shots: num(summary.shots),
          dataset: name,
          labelled: num(summary.labelled),
          unlabelled: num(summary.unlabelled),
        })}
      </span>
      {summary.shots < total && (
        <span className="text-slate-500 dark:text-slate-400">
          {' '}
          {t('court.summaryFiltered', { total: num(total) })}
        </span>
      )}
    </p>
  )
}
