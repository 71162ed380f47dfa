'use client'

import { useEffect, useId, useMemo, useState } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import { defaultColumns, keysByFrequency } from '@/lib/views/runs/default-columns'
import { columnId, type RunColumn } from '@/lib/views/runs/run-columns'
import { parseRunFilter } from '@/lib/views/runs/run-filter'
import type { RunsSnapshot } from '@/lib/site-data/runs/runs-snapshot-types'
import { selectExperiment } from '@/lib/views/runs/select-experiment'
import type { RunStatus } from '@/lib/tracking/types'
import { useRunsViewParams } from './use-runs-view-params'

const STATUSES: readonly (RunStatus | 'all')[] = [
  'all',
  'FINISHED',
  'RUNNING',
  'SCHEDULED',
  'FAILED',
  'KILLED',
]
const fieldClass =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100'
const labelClass = 'block text-sm font-medium text-slate-800 dark:text-slate-100'

/** Experiment, filter, status, deleted runs and table columns, bound to the URL. */
export function RunsSidebar({ snapshot }: { snapshot: RunsSnapshot }) {
  const { t } = useT()
  const { state } = useUrlState()
  const { params, set } = useRunsViewParams()
  const ids = {
    experiment: useId(),
    filter: useId(),
    help: useId(),
    status: useId(),
    deleted: useId(),
  }
  const experiment = selectExperiment(snapshot, params.experiment, state.run)
  const runs = useMemo(
    () => snapshot.runs.filter((run) => run.experimentId === experiment?.id),
    [snapshot.runs, experiment?.id],
  )

  // The box keeps its own text while typing and the URL follows a moment later; a URL value
  // this box did not write (a pasted link read after the first render) replaces the text.
  const [text, setText] = useState(params.filter)
  const [synced, setSynced] = useState(params.filter)
  const [written, setWritten] = useState<string | null>(null)
  if (params.filter !== synced) {
    setSynced(params.filter)
    if (params.filter !== written) setText(params.filter)
  }
  useEffect(() => {
    if (text === params.filter) return
    const timer = window.setTimeout(() => {
      setWritten(text)
      set({ filter: text })
    }, 250)
    return () => window.clearTimeout(timer)
  }, [text, params.filter, set])
  const parsed = parseRunFilter(text)

  return (
    <>
      <div>
        <label htmlFor={ids.experiment} className={labelClass}>
          {t('runs.experiment')}
        </label>
        <select
          id={ids.experiment}
          className={fieldClass}
          value={experiment?.id ?? ''}
          onChange={(e) => set({ experiment: e.target.value, columns: null })}
        >
          {snapshot.experiments.map((e) => (
            <option key={e.id} value={e.id}>
              {t('runs.experimentOption', { name: e.name, count: e.runCount })}
            </option>
          ))}
        </select>
        {experiment?.description && (
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {experiment.description}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={ids.filter} className={labelClass}>
          {t('runs.filter')}
        </label>
        <input
          id={ids.filter}
          type="search"
          className={fieldClass}
          value={text}
          placeholder={t('runs.filter.placeholder')}
          aria-describedby={ids.help}
          aria-invalid={parsed.kind === 'invalid'}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={ids.help} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {parsed.kind === 'invalid' ? (
            <span className="text-red-700 dark:text-red-300">
              {t('runs.filter.invalid', { message: parsed.message })}
            </span>
          ) : (
            t('runs.filter.help')
          )}
        </p>
      </div>
      <div>
        <label htmlFor={ids.status} className={labelClass}>
          {t('runs.status')}
        </label>
        <select
          id={ids.status}
          className={fieldClass}
          value={params.status}
          onChange={(e) => set({ status: e.target.value as RunStatus | 'all' })}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status === 'all' ? t('runs.status.all') : t(`runs.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2">
        <input
          id={ids.deleted}
          type="checkbox"
          className="h-4 w-4"
          checked={params.showDeleted}
          onChange={(e) => set({ showDeleted: e.target.checked })}
        />
        <label htmlFor={ids.deleted} className="text-sm text-slate-800 dark:text-slate-100">
          {t('runs.showDeleted')}
        </label>
      </div>
      <ColumnChooser
        runs={runs}
        columns={params.columns ?? defaultColumns(runs)}
        custom={params.columns !== null}
        onChange={(columns) => set({ columns })}
      />
    </>
  )
}

function ColumnChooser(props: {
  runs: RunsSnapshot['runs']
  columns: RunColumn[]
  custom: boolean
  onChange: (columns: RunColumn[] | null) => void
}) {
  const { t } = useT()
  const chosen = new Set(props.columns.map(columnId))
  const groups: { kind: 'metric' | 'param'; legend: string; keys: string[] }[] = [
    {
      kind: 'metric',
      legend: t('runs.columns.metrics'),
      keys: keysByFrequency(props.runs, 'metrics').sort(),
    },
    {
      kind: 'param',
      legend: t('runs.columns.params'),
      keys: keysByFrequency(props.runs, 'params').sort(),
    },
  ]
  const toggle = (column: RunColumn) => {
    const id = columnId(column)
    props.onChange(
      chosen.has(id) ? props.columns.filter((c) => columnId(c) !== id) : [...props.columns, column],
    )
  }
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-slate-800 dark:text-slate-100">
        {t('runs.columns', { count: props.columns.length })}
      </summary>
      <div className="mt-2 space-y-3">
        {groups.map((group) => (
          <fieldset key={group.kind}>
            <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
              {group.legend}
            </legend>
            {group.keys.length === 0 && (
              <p className="text-xs text-slate-500">{t('runs.columns.none')}</p>
            )}
            <div className="mt-1 max-h-48 space-y-1 overflow-y-auto">
              {group.keys.map((key) => {
                const column: RunColumn = { kind: group.kind, key }
                return (
                  <label
                    key={key}
                    className="flex items-center gap-2 text-sm break-all text-slate-700 dark:text-slate-300"
                  >
                    <input
                      type="checkbox"
                      className="h-4 w-4 shrink-0"
                      checked={chosen.has(columnId(column))}
                      onChange={() => toggle(column)}
                    />
                    {key}
                  </label>
                )
              })}
            </div>
          </fieldset>
        ))}
        {props.custom && (
          <button
            type="button"
            className="text-sm font-medium text-blue-700 underline dark:text-blue-300"
            onClick={() => props.onChange(null)}
          >
            {t('runs.columns.reset')}
          </button>
        )}
      </div>
    </details>
  )
}
