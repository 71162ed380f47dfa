'use client'

import { useT } from '@/components/shell/use-t'
import type { RunRow } from '@/lib/views/runs/arrange-runs'
import { formatDateTime } from '@/lib/views/runs/format-date-time'
import { formatDuration } from '@/lib/views/runs/format-duration'
import { formatMetricValue } from '@/lib/views/runs/format-metric-value'
import { columnId, type RunColumn } from '@/lib/views/runs/run-columns'
import { RunStatusBadge } from './RunStatusBadge'
import { StoreText } from '@/components/shell/StoreText'
import { useHydrated } from '@/components/shell/use-hydrated'

/** One row's cells after the compare checkbox: name (indented by depth), attributes, values. */
export function RunCells(props: {
  row: RunRow
  columns: readonly RunColumn[]
  selected: boolean
  collapsed: boolean
  onSelect: () => void
  onToggleChildren: () => void
}) {
  const { t, lang } = useT()
  // the start time in the reader's zone, after hydration (the prerendered table says UTC)
  const hydrated = useHydrated()
  const { run, depth, childCount } = props.row
  return (
    <>
      {props.columns.map((column) => {
        const id = columnId(column)
        if (column.kind === 'metric') {
          const value = run.metrics[column.key]
          return (
            <td key={id} className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">
              {value === undefined ? '' : formatMetricValue(value, lang)}
            </td>
          )
        }
        if (column.kind === 'param') {
          return (
            <td key={id} className="max-w-48 truncate px-2 py-1.5" title={run.params[column.key]}>
              <StoreText value={run.params[column.key] ?? ''} max={80} />
            </td>
          )
        }
        switch (column.key) {
          case 'name':
            return (
              <th key={id} scope="row" className="max-w-96 px-2 py-1.5 text-left font-normal">
                <span
                  className="flex items-center gap-1"
                  style={{ paddingLeft: `${depth * 1.25}rem` }}
                >
                  {childCount > 0 ? (
                    <button
                      type="button"
                      aria-expanded={!props.collapsed}
                      aria-label={t(props.collapsed ? 'runs.table.expand' : 'runs.table.collapse', {
                        name: run.name,
                        count: childCount,
                      })}
                      onClick={props.onToggleChildren}
                      className="w-5 shrink-0 rounded text-slate-500 hover:bg-slate-200 dark:hover:bg-slate-700"
                    >
                      <span aria-hidden="true">{props.collapsed ? '▸' : '▾'}</span>
                    </button>
                  ) : (
                    <span
                      className="w-5 shrink-0 text-center text-slate-300 dark:text-slate-600"
                      aria-hidden="true"
                    >
                      {depth > 0 ? '└' : ''}
                    </span>
                  )}
                  <button
                    type="button"
                    aria-pressed={props.selected}
                    onClick={props.onSelect}
                    className="text-left font-medium text-blue-700 hover:underline dark:text-blue-300"
                  >
                    <StoreText value={run.name || run.id} />
                  </button>
                  {childCount > 0 && props.collapsed && (
                    <span className="text-xs text-slate-500">
                      {t('runs.table.children', { count: childCount })}
                    </span>
                  )}
                </span>
              </th>
            )
          case 'status':
            return (
              <td key={id} className="px-2 py-1.5">
                <RunStatusBadge status={run.status} lifecycle={run.lifecycle} />
              </td>
            )
          case 'start':
            return (
              <td key={id} className="px-2 py-1.5 whitespace-nowrap">
                {hydrated
                  ? formatDateTime(run.startTime, lang, { style: 'short' })
                  : `${formatDateTime(run.startTime, lang, { style: 'short', timeZone: 'UTC' })} UTC`}
              </td>
            )
          case 'duration':
            return (
              <td key={id} className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">
                {run.durationMs === null ? '–' : formatDuration(run.durationMs, lang)}
              </td>
            )
          case 'user':
            return (
              <td key={id} className="max-w-48 px-2 py-1.5">
                <StoreText value={run.user} max={80} />
              </td>
            )
        }
      })}
    </>
  )
}
