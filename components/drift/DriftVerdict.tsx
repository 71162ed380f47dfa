'use client'

import { useId } from 'react'
import { useT } from '@/components/shell/use-t'
import type { ViewDriftTable } from '@/lib/views/drift/apply-drift-method'
import { datasetVerdictSentence, ruleSentence } from '@/lib/views/drift/drift-verdict-text'

export interface DriftVerdictProps {
  table: ViewDriftTable
  /** sentence saying which rows the table is computed on */
  scope: string
}

/** The answer first: the dataset-level verdict in one sentence, the rule that made it, the scope. */
export function DriftVerdict({ table, scope }: DriftVerdictProps) {
  const { t, lang } = useT()
  const id = useId()
  const drifted = table.dataset.datasetDrift
  return (
    <section
      aria-labelledby={id}
      data-testid="drift-verdict"
      className={
        'rounded-xl border p-4 shadow-sm ' +
        (drifted
          ? 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40'
          : 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40')
      }
    >
      <h2 id={id} className="sr-only">
        {t('drift.verdict.heading')}
      </h2>
      <p
        className={
          'flex items-start gap-2 text-lg font-semibold ' +
          (drifted ? 'text-red-900 dark:text-red-100' : 'text-emerald-900 dark:text-emerald-100')
        }
      >
        <span aria-hidden="true">{drifted ? '▲' : '●'}</span>
        <span data-testid="drift-verdict-sentence">
          {datasetVerdictSentence(table.dataset, t, lang)}
        </span>
      </p>
      <p className="mt-2 max-w-4xl text-sm text-slate-700 dark:text-slate-300">
        {ruleSentence(table.choice, table.rows, table.dataset.driftShare, t, lang)}
      </p>
      <p data-testid="drift-scope" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {scope}
      </p>
    </section>
  )
}
