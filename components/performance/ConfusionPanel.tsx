'use client'

import { useCallback, useId, useMemo, useRef } from 'react'
import type { Loadable } from '@/components/data/loadable'
import { DownloadPngButton } from '@/components/export/DownloadPngButton'
import { elementToPng } from '@/components/export/element-to-png'
import { PLOT_PALETTE } from '@/components/plot/plot-theme'
import { useTheme } from '@/components/shell/theme'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'
import type { ConfusionMode } from '@/lib/views/performance/confusion-cells'
import { confusionView } from '@/lib/views/performance/confusion-view'
import {
  datasetLabel,
  formatThreshold,
  type FigureContext,
} from '@/lib/views/performance/figure-context'
import type { ThresholdMetrics } from '@/lib/views/performance/threshold-metrics'
import { ConfusionTable } from './ConfusionTable'
import { emptyMessage } from './empty-message'
import type { DatasetPerformance } from './use-performance'

export interface ConfusionPanelProps {
  dataset: Loadable<DatasetPerformance>
  name: DatasetName
  metrics: ThresholdMetrics | undefined
  mode: ConfusionMode
  threshold: number
  ctx: FigureContext
}

/**
 * One dataset's confusion matrix at the threshold: an HTML heatmap table (a slider move only
 * changes its text and colours, no chart redraw), the number of labelled shots its cells add up
 * to, and a PNG download of the whole card.
 */
export function ConfusionPanel({
  dataset,
  name,
  metrics,
  mode,
  threshold,
  ctx,
}: ConfusionPanelProps) {
  const { t, lang } = ctx
  const theme = useTheme()
  const titleId = useId()
  const card = useRef<HTMLElement>(null)
  const view = useMemo(
    () => (metrics ? confusionView(metrics, mode, lang) : null),
    [metrics, mode, lang],
  )
  const input = dataset.status === 'ready' ? dataset.value.input : null
  const excluded = input?.kind === 'ready' ? input.excludedRows : 0
  const makePng = useCallback(
    () => elementToPng(card.current!, { backgroundColor: PLOT_PALETTE[theme].background }),
    [theme],
  )
  return (
    <figure
      ref={card}
      aria-labelledby={titleId}
      data-testid={`confusion-${name}`}
      data-cells={metrics ? [metrics.tp, metrics.fn, metrics.fp, metrics.tn].join(',') : undefined}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="font-semibold text-slate-900 dark:text-slate-50">
          {t('performance.confusion.title', {
            dataset: datasetLabel(ctx, name),
            threshold: formatThreshold(ctx, threshold),
          })}
        </h3>
        {view && <DownloadPngButton makePng={makePng} filename={`confusion_matrix_${name}`} />}
      </div>
      {view && metrics ? (
        <>
          <ConfusionTable view={view} t={t} />
          <p
            className="mt-3 text-sm text-slate-700 dark:text-slate-300"
            data-testid={`confusion-total-${name}`}
          >
            {t('performance.confusion.total', { count: metrics.total })}
            {excluded > 0 && (
              <span className="text-slate-500 dark:text-slate-400">
                {' '}
                {t('performance.confusion.excluded', { count: excluded })}
              </span>
            )}
          </p>
        </>
      ) : (
        <p
          role="note"
          className="flex min-h-32 items-center justify-center rounded-lg border border-dashed border-slate-300 px-4 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
        >
          {emptyMessage([dataset], t)}
        </p>
      )}
    </figure>
  )
}
