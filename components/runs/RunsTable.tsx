'use client'

import { useId, useMemo, useState } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import { arrangeRuns } from '@/lib/views/runs/arrange-runs'
import { MAX_COMPARED } from '@/lib/views/runs/runs-view-params'
import { columnId, type RunColumn } from '@/lib/views/runs/run-columns'
import { parseRunFilter, runMatches } from '@/lib/views/runs/run-filter'
import type { RunRecord, RunsExperiment } from '@/lib/site-data/runs/runs-snapshot-types'
import type { RunSort } from '@/lib/views/runs/sort-runs'
import { RunCells } from './RunCells'
import { useRunsViewParams } from './use-runs-view-params'

const PAGE = 100
const FIXED: RunColumn[] = [
  { kind: 'attribute', key: 'name' },
  { kind: 'attribute', key: 'status' },
  { kind: 'attribute', key: 'start' },
  { kind: 'attribute', key: 'duration' },
]

export interface RunsTableProps {
  experiment: RunsExperiment | null
  /** the experiment's runs */
  runs: readonly RunRecord[]
  /** metric and param columns after the fixed ones */
  columns: readonly RunColumn[]
  selectedId: string | null
}

/** The runs table: sortable headers (aria-sort), filter and status from the URL, nested runs. */
export function RunsTable({ experiment, runs, columns, selectedId }: RunsTableProps) {
  const { t } = useT()
  const { update } = useUrlState()
  const { params, set } = useRunsViewParams()
  const headingId = useId()
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [showAll, setShowAll] = useState(false)
  const filter = useMemo(() => parseRunFilter(params.filter), [params.filter])
  const rows = useMemo(
    () =>
      arrangeRuns(
        runs,
        (run) =>
          (params.showDeleted || run.lifecycle !== 'deleted') &&
          (params.status === 'all' || run.status === params.status) &&
          runMatches(run, filter),
        params.sort,
        collapsed,
      ),
    [runs, params.showDeleted, params.status, filter, params.sort, collapsed],
  )
  const shown = showAll ? rows : rows.slice(0, PAGE)
  const all = [...FIXED, ...columns]
  const compare = new Set(params.compare)

  const sortBy = (column: RunColumn) => {
    const same = columnId(column) === columnId(params.sort.column)
    const direction = same
      ? params.sort.direction === 'asc'
        ? 'desc'
        : 'asc'
      : column.kind === 'attribute' && column.key === 'start'
        ? 'desc'
        : 'asc'
    set({ sort: { column, direction } satisfies RunSort })
  }
  const toggleCompare = (id: string) =>
    set({
      compare: compare.has(id)
        ? params.compare.filter((c) => c !== id)
        : [...params.compare, id].slice(-MAX_COMPARED),
    })
  const toggleChildren = (id: string) => {
    const next = new Set(collapsed)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setCollapsed(next)
  }

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {experiment
            ? t('runs.table.title', { name: experiment.name })
            : t('runs.table.titleNone')}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="runs-count">
          {t('runs.table.count', { shown: rows.length, total: runs.length })}
        </p>
      </div>
      {params.compare.length === 1 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('runs.compare.pickOne')}</p>
      )}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <table aria-labelledby={headingId} className="min-w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-800/50 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-2 py-2 font-medium">
                {t('runs.table.compare')}
              </th>
              {all.map((column) => {
                const id = columnId(column)
                const sorted = id === columnId(params.sort.column)
                return (
                  <th
                    key={id}
                    scope="col"
                    aria-sort={
                      sorted
                        ? params.sort.direction === 'asc'
                          ? 'ascending'
                          : 'descending'
                        : undefined
                    }
                    className="px-2 py-2 align-bottom font-medium"
                  >
                    <button
                      type="button"
                      onClick={() => sortBy(column)}
                      className="inline-flex items-end gap-1 text-left hover:text-slate-950 dark:hover:text-white"
                    >
                      <span>
                        {column.kind !== 'attribute' && (
                          <span className="block text-[10px] tracking-wide text-slate-600 uppercase dark:text-slate-400">
                            {t(
                              column.kind === 'metric' ? 'runs.column.metric' : 'runs.column.param',
                            )}
                          </span>
                        )}
                        <span className="whitespace-nowrap">
                          {column.kind === 'attribute'
                            ? t(`runs.column.${column.key}`)
                            : column.key}
                        </span>
                      </span>
                      <span aria-hidden="true" className={sorted ? '' : 'opacity-30'}>
                        {sorted && params.sort.direction === 'desc' ? '▼' : '▲'}
                      </span>
                    </button>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.run.id}
                data-run-id={row.run.id}
                aria-current={row.run.id === selectedId ? 'true' : undefined}
                className={
                  'border-b border-slate-100 last:border-0 dark:border-slate-800 ' +
                  (row.run.id === selectedId
                    ? 'bg-blue-50 dark:bg-blue-950/40'
                    : 'hover:bg-slate-50 dark:hover:bg-slate-800/40')
                }
              >
                <td className="px-2 py-1.5">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    aria-label={t('runs.table.compareRun', { name: row.run.name || row.run.id })}
                    checked={compare.has(row.run.id)}
                    onChange={() => toggleCompare(row.run.id)}
                  />
                </td>
                <RunCells
                  row={row}
                  columns={all}
                  selected={row.run.id === selectedId}
                  collapsed={collapsed.has(row.run.id)}
                  onSelect={() => update({ run: row.run.id })}
                  onToggleChildren={() => toggleChildren(row.run.id)}
                />
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p role="note" className="p-4 text-center text-sm text-slate-600 dark:text-slate-400">
            {runs.length === 0 ? t('runs.table.noRuns') : t('runs.table.noMatch')}
          </p>
        )}
      </div>
      {rows.length > shown.length && (
        <button
          type="button"
          onClick={() => setShowAll(true)}
          className="text-sm font-medium text-blue-700 underline dark:text-blue-300"
        >
          {t('runs.table.showAll', { count: rows.length })}
        </button>
      )}
    </section>
  )
}
