'use client'

import { useId } from 'react'
import { useT } from '@/components/shell/use-t'
import { methodName } from '@/lib/views/drift/drift-verdict-text'
import { DRIFT_METHOD_CHOICES, isDriftMethodChoice } from '@/lib/views/drift/drift-method-choice'
import { useDriftMethod } from './use-drift-method'

/** The drift test: Evidently's automatic choice or one test for all columns, kept in the URL. */
export function MethodSelector() {
  const { t } = useT()
  const { choice, setChoice } = useDriftMethod()
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-100">
        {t('drift.methodSelector.label')}
      </label>
      <select
        id={id}
        value={choice}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          if (isDriftMethodChoice(event.target.value)) setChoice(event.target.value)
        }}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-800"
      >
        {DRIFT_METHOD_CHOICES.map((value) => (
          <option key={value} value={value}>
            {methodName(value, t)}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {t('drift.methodSelector.help')}
      </p>
    </div>
  )
}
