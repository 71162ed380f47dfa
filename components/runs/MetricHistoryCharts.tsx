'use client'

import { useId, useMemo } from 'react'
import { DataState } from '@/components/data/DataState'
import { Plot } from '@/components/plot/Plot'
import { useT } from '@/components/shell/use-t'
import { metricHistoryFigure } from '@/lib/views/runs/metric-history-figure'
import { useSiteFile } from '@/components/data/use-site-file'
import { parseRunHistory } from '@/lib/site-data/runs/parse-runs-snapshot'
import type { MetricSeries, RunRecord } from '@/lib/site-data/runs/runs-snapshot-types'

/** Most history charts drawn for one run (the others are listed). */
const MAX_CHARTS = 8

/** Line charts of the run's metrics that have more than one point, read from its history file. */
export function MetricHistoryCharts({ run }: { run: RunRecord }) {
  const { t } = useT()
  const headingId = useId()
  const history = useSiteFile(run.historyFile, parseRunHistory)
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="font-semibold text-slate-900 dark:text-slate-50">
        {t('runs.history.title')}
      </h3>
      {run.histories.length === 0 || !run.historyFile ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('runs.history.none')}</p>
      ) : (
        <DataState value={history} loading={t('runs.history.loading')}>
          {(file) => (
            <div className="grid gap-4 xl:grid-cols-2">
              {run.histories.slice(0, MAX_CHARTS).map((info) => {
                const series = file.metrics[info.key]
                return series ? (
                  <HistoryChart key={info.key} metric={info.key} series={series} />
                ) : null
              })}
            </div>
          )}
        </DataState>
      )}
      {run.histories.length > MAX_CHARTS && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('runs.history.more', {
            count: run.histories.length - MAX_CHARTS,
            names: run.histories
              .slice(MAX_CHARTS)
              .map((h) => h.key)
              .join(', '),
          })}
        </p>
      )}
    </section>
  )
}

function HistoryChart({ metric, series }: { metric: string; series: MetricSeries }) {
  const { t } = useT()
  const figure = useMemo(
    () =>
      metricHistoryFigure(series, {
        metric,
        step: t('runs.history.step'),
        time: t('runs.history.time'),
      }),
    [series, metric, t],
  )
  const parts = [
    series.downsampled
      ? t('runs.history.downsampled', { shown: series.value.length, total: series.totalPoints })
      : t('runs.history.points', { count: series.totalPoints }),
  ]
  if (figure.nonFinite > 0) parts.push(t('runs.history.nonFinite', { count: figure.nonFinite }))
  return (
    <Plot
      title={t('runs.history.chart', { metric })}
      description={parts.join(' ')}
      data={figure.data}
      layout={figure.layout}
      filename={`metric_history_${metric}`}
      emptyMessage={t('runs.history.empty', { metric })}
      height={280}
    />
  )
}
