'use client'

import dynamic from 'next/dynamic'
import { useCallback, useId, useRef, useState } from 'react'
import { DownloadPngButton } from '@/components/export/DownloadPngButton'
import { ChartBoundary } from '@/components/shell/ChartBoundary'
import { useT } from '@/components/shell/use-t'
import { isFigureEmpty } from './figure'

const PlotlyFigure = dynamic(() => import('./PlotlyFigure'), {
  ssr: false,
  loading: () => <ChartSkeleton />,
})

export interface PlotProps {
  /** shown above the chart and in the PNG; also the figure's accessible name */
  title: string
  /** plotly traces, as lib/ figure functions return them (memoise them: identity drives re-plots) */
  data: readonly object[]
  /** plotly layout; the theme, size, fonts and separators are added */
  layout?: object
  /**
   * layout shapes that move often (the curves' threshold dots: circles sized in pixels at data
   * coordinates), drawn over the chart in an SVG of their own, so moving them does not redraw
   * the Plotly figure; the PNG has them as layout shapes. A shape the overlay cannot draw as
   * Plotly does goes to Plotly with the rest (memoise them, as data).
   */
  overlay?: readonly object[]
  /**
   * line traces that change with the data (the performance curves, which a filter replaces),
   * after `data`: drawn over the chart as SVG paths, Plotly drawing the rest and a legend entry
   * per curve, so a filter change redraws paths instead of redrawing the figure; a hover box reads the nearest curve point as the trace's hovertemplate does. The PNG
   * has them as traces. A trace the overlay cannot draw as Plotly does sends them all to Plotly.
   * A curve's `legendName` (not a Plotly attribute) names its entry on screen instead of `name`:
   * a name that does not change with a filter, so Plotly is not called at all.
   */
  curves?: readonly object[]
  /** download name, e.g. "roc_curve_prod" → roc_curve_prod.png */
  filename: string
  /** the sentence shown instead of the chart when data has nothing to draw, saying why */
  emptyMessage?: string
  /** one line under the title */
  description?: string
  /** chart height in pixels (default 360); the width follows the container */
  height?: number
  onClick?: (event: unknown) => void
}

/**
 * The one Plotly chart component: a titled figure with a visible "Download PNG" button,
 * themed (light/dark, fonts, locale separators), sized to its container, loaded in the browser
 * only, and kept inside an error boundary. Find it in tests with
 * `getByRole('figure', { name: title })`; it has `data-ready="true"` once drawn.
 */
export function Plot({
  title,
  data,
  layout,
  overlay,
  curves,
  filename,
  emptyMessage,
  description,
  height = 360,
  onClick,
}: PlotProps) {
  const { t } = useT()
  const titleId = useId()
  const [makePng, setMakePng] = useState<(() => Promise<string>) | null>(null)
  // the maker of the last render also in a ref: a button that has just brought its section up to
  // date (WhileOnScreen's catch-up) makes the PNG of that render, before this state follows
  const exporter = useRef<(() => Promise<string>) | null>(null)
  const onExporter = useCallback((fn: (() => Promise<string>) | null) => {
    exporter.current = fn
    setMakePng(() => fn)
  }, [])
  const currentPng = useCallback(() => exporter.current!(), [])
  const empty = isFigureEmpty(curves ? [...data, ...curves] : data)

  return (
    <figure
      aria-labelledby={titleId}
      data-testid="plot"
      data-ready={makePng ? 'true' : 'false'}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="font-semibold text-slate-900 dark:text-slate-50">
            {title}
          </h3>
          {description && (
            <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>
          )}
        </div>
        {!empty && <DownloadPngButton makePng={makePng && currentPng} filename={filename} />}
      </div>
      {empty ? (
        <p
          role="note"
          className="flex items-center justify-center rounded-lg border border-dashed border-slate-300 px-4 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
          style={{ minHeight: Math.min(height, 160) }}
        >
          {emptyMessage ?? t('empty.noData')}
        </p>
      ) : (
        <div style={{ minHeight: height }}>
          <ChartBoundary label={title}>
            <PlotlyFigure
              data={data}
              layout={layout}
              overlay={overlay}
              curves={curves}
              title={title}
              height={height}
              onExporter={onExporter}
              onClick={onClick}
            />
          </ChartBoundary>
        </div>
      )}
    </figure>
  )
}

function ChartSkeleton() {
  const { t } = useT()
  return (
    <div className="flex h-full min-h-40 animate-pulse items-center justify-center rounded-lg bg-slate-100 text-sm text-slate-500 dark:bg-slate-800 dark:text-slate-400">
      {t('plot.loading')}
    </div>
  )
}
