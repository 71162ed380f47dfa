'use client'

import { useId } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import type { ModelEntry } from '@/lib/site-data/model/model-snapshot-types'
import type { ModelSelection } from '@/lib/views/what-if/select-model'
import { modelOptionLabel } from './model-text'

/** The sidebar's "Model" list, bound to the URL's `model` (the served model = no parameter). */
export function ModelSelect({
  models,
  selection,
}: {
  models: readonly ModelEntry[]
  selection: ModelSelection
}) {
  const i18n = useT()
  const { t } = i18n
  const { update } = useUrlState()
  const id = useId()
  const current = models[selection.index]
  const currentLabel = current ? modelOptionLabel(current, i18n) : ''
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-100">
        {t('whatIf.selector.label')}
      </label>
      <select
        id={id}
        value={current?.key ?? ''}
        title={currentLabel}
        aria-describedby={`${id}-current ${id}-help`}
        onChange={(event) => {
          const index = models.findIndex((m) => m.key === event.target.value)
          update({ model: index <= 0 ? null : event.target.value })
        }}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {models.map((m) => (
          <option key={m.key} value={m.key}>
            {modelOptionLabel(m, i18n)}
          </option>
        ))}
      </select>
      {/* the closed list cuts long names: the whole name of the choice, once more */}
      <p
        id={`${id}-current`}
        className="mt-1 text-xs break-words text-slate-700 dark:text-slate-300"
        data-testid="what-if-model-current"
      >
        {currentLabel}
      </p>
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {t('whatIf.selector.help', { count: String(models.length) })}
      </p>
      {selection.unknown !== null && (
        <p
          role="status"
          data-testid="what-if-model-unknown"
          className="mt-1 text-xs font-medium text-amber-800 dark:text-amber-300"
        >
          {t('whatIf.selector.unknown', { value: selection.unknown })}
        </p>
      )}
    </div>
  )
}
