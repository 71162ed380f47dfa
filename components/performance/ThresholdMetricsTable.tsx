'use client'

import { useId, useMemo } from 'react'
import { useT } from '@/components/shell/use-t'
import type { DatasetThresholdMetrics } from '@/lib/views/performance/threshold-points'
import {
  thresholdMetricsTable,
  type ThresholdMetricsRow,
} from '@/lib/views/performance/threshold-metrics-table'

const RATE = { minimumFractionDigits: 3, maximumFractionDigits: 3 }

/** Dev, prod and prod − dev of each metric at the current threshold. */
export function ThresholdMetricsTable({
  points,
  threshold,
}: {
  points: DatasetThresholdMetrics
  threshold: number
}) {
  const { t, num } = useT()
  const captionId = useId()
  const rows = useMemo(() => thresholdMetricsTable(points.dev, points.prod), [points])
  const value = (row: ThresholdMetricsRow, v: number | null) =>
    v === null ? '–' : num(v, row.kind === 'rate' ? RATE : undefined)
  const delta = (row: ThresholdMetricsRow) => {
    if (row.delta === null) return '–'
    const text = num(row.delta, { ...(row.kind === 'rate' ? RATE : {}), signDisplay: 'exceptZero' })
    return text.replace('-', '−')
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table aria-labelledby={captionId} className="w-full text-sm tabular-nums">
        <caption
          id={captionId}
          className="px-2 pt-3 text-left font-semibold text-slate-900 sm:px-4 dark:text-slate-50"
        >
          {t('performance.table.caption', {
            threshold: num(threshold, { minimumFractionDigits: 2, maximumFractionDigits: 4 }),
          })}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <th scope="col" className="px-2 py-2 font-medium sm:px-4">
              {t('performance.table.metric')}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium sm:px-4">
              {t('dataset.dev')}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium sm:px-4">
              {t('dataset.prod')}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium sm:px-4">
              {t('performance.table.delta')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.metric}
              data-metric={row.metric}
              className="border-b border-slate-100 last:border-0 dark:border-slate-800/60"
            >
              <th
                scope="row"
                className="px-2 py-1.5 text-left font-normal text-slate-800 sm:px-4 dark:text-slate-200"
              >
                {t(row.label)}
              </th>
              <td className="px-2 py-1.5 text-right sm:px-4">{value(row, row.dev)}</td>
              <td className="px-2 py-1.5 text-right sm:px-4">{value(row, row.prod)}</td>
              <td
                className={
                  'px-2 py-1.5 text-right sm:px-4 ' +
                  (row.delta !== null && row.kind === 'rate' && row.delta < 0
                    ? 'text-red-700 dark:text-red-300'
                    : 'text-slate-700 dark:text-slate-300')
                }
              >
                {delta(row)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
