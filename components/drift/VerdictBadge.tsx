'use client'

import { useT } from '@/components/shell/use-t'

/** Drifted / not drifted in colour and in words (never colour alone). */
export function VerdictBadge({ drifted }: { drifted: boolean }) {
  const { t } = useT()
  return (
    <span
      data-drifted={drifted ? 'true' : 'false'}
      className={
        'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ' +
        (drifted
          ? 'bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-100'
          : 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-100')
      }
    >
      <span aria-hidden="true">{drifted ? '▲' : '●'}</span>
      {t(drifted ? 'drift.verdict.yes' : 'drift.verdict.no')}
    </span>
  )
}
