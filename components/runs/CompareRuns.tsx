'use client'

import { useId, useMemo, useState } from 'react'
import { Plot } from '@/components/plot/Plot'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import { compareRunValues, runLabels, type CompareRow } from '@/lib/views/runs/compare-runs'
import { PREFERRED_METRICS } from '@/lib/views/runs/default-columns'
import { formatMetricValue } from '@/lib/views/runs/format-metric-value'
import { metricComparisonFigure } from '@/lib/views/runs/metric-comparison-figure'
import type { RunRecord } from '@/lib/site-data/runs/runs-snapshot-types'
import { useRunsViewParams } from './use-runs-view-params'

/** Two or more runs side by side: params and metrics with differences marked, and a bar chart. */
export function CompareRuns({ runs }: { runs: RunRecord[] }) {
  const { t, lang } = useT()
  const { update } = useUrlState()
  const { params, set } = useRunsViewParams()
  const headingId = useId()
  const metricId = useId()
  const [onlyDifferences, setOnlyDifferences] = useState(false)
  const comparison = useMemo(() => compareRunValues(runs), [runs])
  const labels = useMemo(() => runLabels(runs), [runs])
  const metricKeys = useMemo(() => comparison.metrics.map((row) => row.key), [comparison])
  const [metricChoice, setMetric] = useState<string | null>(null)
  const figure = useMemo(() => {
    const metric =
      metricChoice && metricKeys.includes(metricChoice)
        ? metricChoice
        : (PREFERRED_METRICS.find((key) => metricKeys.includes(key)) ?? metricKeys[0] ?? null)
    if (!metric) return null
    return { metric, ...metricComparisonFigure(runs, metric, (v) => formatMetricValue(v, lang)) }
  }, [runs, metricKeys, metricChoice, lang])
  if (runs.length < 2) return null

  const remove = (id: string) => set({ compare: params.compare.filter((c) => c !== id) })
  const section = (
    title: string,
    rows: CompareRow<string | number>[],
    format: (v: string | number) => string,
  ) => {
    const visible = onlyDifferences ? rows.filter((row) => row.differs) : rows
    return (
      <tbody>
        <tr className="bg-slate-50 dark:bg-slate-800/50">
          <th
            scope="colgroup"
            colSpan={runs.length + 1}
            className="px-3 py-1.5 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
          >
            {title}
          </th>
        </tr>
        {visible.map((row) => (
          <tr
            key={row.key}
            data-differs={row.differs ? 'true' : 'false'}
            className={
              'border-t border-slate-100 dark:border-slate-800 ' +
              (row.differs ? 'bg-amber-50 dark:bg-amber-950/40' : '')
            }
          >
            <th scope="row" className="px-3 py-1 text-left font-mono text-xs font-normal break-all">
              {row.key}
              {row.differs && (
                <span className="ml-2 rounded bg-amber-200 px-1 font-sans text-[10px] text-amber-900 dark:bg-amber-800 dark:text-amber-100">
                  {t('runs.compare.differs')}
                </span>
              )}
            </th>
            {row.values.map((value, i) => (
              <td key={i} className="px-3 py-1 break-all tabular-nums">
                {value === null ? <span className="text-slate-400">–</span> : format(value)}
              </td>
            ))}
          </tr>
        ))}
        {visible.length === 0 && (
          <tr>
            <td colSpan={runs.length + 1} className="px-3 py-1 text-sm text-slate-500">
              {t('runs.compare.noRows')}
            </td>
          </tr>
        )}
      </tbody>
    )
  }

  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid="compare-runs">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {t('runs.compare.title', { count: runs.length })}
        </h2>
        <div className="flex items-center gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              className="h-4 w-4"
              checked={onlyDifferences}
              onChange={(e) => setOnlyDifferences(e.target.checked)}
            />
            {t('runs.compare.onlyDifferences')}
          </label>
          <button
            type="button"
            onClick={() => set({ compare: [] })}
            className="font-medium text-blue-700 underline dark:text-blue-300"
          >
            {t('runs.compare.clear')}
          </button>
        </div>
      </div>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <table className="min-w-full text-sm" aria-labelledby={headingId}>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <td className="px-3 py-2" />
              {runs.map((run, i) => (
                <th key={run.id} scope="col" className="px-3 py-2 text-left align-top font-medium">
                  <button
                    type="button"
                    onClick={() => update({ run: run.id })}
                    className="text-left text-blue-700 hover:underline dark:text-blue-300"
                  >
                    {labels[i]}
                  </button>
                  <button
                    type="button"
                    onClick={() => remove(run.id)}
                    aria-label={t('runs.compare.remove', { name: labels[i] ?? run.id })}
                    className="ml-2 rounded px-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 dark:hover:bg-slate-800"
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          {section(t('runs.compare.params'), comparison.params, String)}
          {section(t('runs.compare.metrics'), comparison.metrics, (v) =>
            formatMetricValue(v as number, lang),
          )}
        </table>
      </div>
      {figure && (
        <div className="space-y-2">
          <div>
            <label
              htmlFor={metricId}
              className="text-sm font-medium text-slate-800 dark:text-slate-100"
            >
              {t('runs.compare.metric')}
            </label>
            <select
              id={metricId}
              value={figure.metric}
              onChange={(e) => setMetric(e.target.value)}
              className="ml-2 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-800"
            >
              {metricKeys.map((key) => (
                <option key={key} value={key}>
                  {key}
                </option>
              ))}
            </select>
          </div>
          <Plot
            title={t('runs.compare.chart', { metric: figure.metric })}
            description={
              figure.missing.length > 0
                ? t('runs.compare.missing', { names: figure.missing.join(', ') })
                : undefined
            }
            data={figure.data}
            layout={figure.layout}
            filename={`metric_comparison_${figure.metric}`}
            emptyMessage={t('runs.compare.chartEmpty', { metric: figure.metric })}
          />
        </div>
      )}
    </section>
  )
}
