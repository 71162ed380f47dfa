'use client'

import { useId } from 'react'
import { useT } from '@/components/shell/use-t'
import type { CourtModel } from './use-court-model'

/** Says whose P(made) the prod map shows when a compared model is chosen. */
export function CourtModelNote({ court }: { court: CourtModel }) {
  const { t } = useT()
  if (!court.chosen) return null
  return (
    <p
      role="note"
      data-testid="court-model-note"
      className="text-sm text-slate-600 dark:text-slate-400"
    >
      {t('comparison.court.note', {
        model: court.chosen.name,
        estimator: court.chosen.estimator.join(' › '),
      })}
    </p>
  )
}

/** The court's model select: colour prod shots by a compared model (none: the file's scores). */
export function CourtModelSelect({ court }: { court: CourtModel }) {
  const { t } = useT()
  const id = useId()
  if (court.models.length === 0) return null
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700 dark:text-slate-300">
        {t('comparison.court.label')}
      </label>
      <select
        id={id}
        data-testid="court-model"
        value={court.chosen?.key ?? ''}
        onChange={(e) => court.choose(e.target.value || null)}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-800"
      >
        <option value="">{t('comparison.court.served')}</option>
        {court.models.map((m) => (
          <option key={m.key} value={m.key}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  )
}
