'use client'

import { memo, useMemo } from 'react'
import type { Loadable } from '@/components/data/loadable'
import { Plot } from '@/components/plot/Plot'
import type { FigureContext } from '@/lib/views/performance/figure-context'
import type { PerformanceSummary } from '@/lib/views/performance/performance-summary'
import { reliabilityFigure } from '@/lib/views/performance/reliability-figure'
import { emptyMessage } from './empty-message'
import type { DatasetPerformance } from './use-performance'

/** Reliability diagram (10 bins) dev vs prod with the Brier score; independent of the threshold. */
// memo: a slider move re-renders the page, not a chart whose props did not change
export const ReliabilityChart = memo(function ReliabilityChart({
  summaries,
  ctx,
  datasets,
}: {
  summaries: readonly PerformanceSummary[]
  ctx: FigureContext
  datasets: readonly Loadable<DatasetPerformance>[]
}) {
  const figure = useMemo(() => reliabilityFigure(summaries, ctx), [summaries, ctx])
  return (
    <Plot
      title={ctx.t('performance.reliability.title')}
      description={ctx.t('performance.reliability.description')}
      data={summaries.length > 0 ? figure.data : []}
      layout={figure.layout}
      filename="reliability_diagram"
      emptyMessage={emptyMessage(datasets, ctx.t)}
      height={460}
    />
  )
})
