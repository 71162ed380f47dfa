'use client'

import { memo, useMemo } from 'react'
import type { Loadable } from '@/components/data/loadable'
import { Plot } from '@/components/plot/Plot'
import { curveNames } from '@/lib/views/performance/curve-names'
import { formatThreshold, type FigureContext } from '@/lib/views/performance/figure-context'
import type { PerformanceSummary } from '@/lib/views/performance/performance-summary'
import {
  rocAxesLayout,
  rocChanceTrace,
  rocCurves,
  rocPointShapes,
} from '@/lib/views/performance/roc-figure'
import type { DatasetThresholdMetrics } from '@/lib/views/performance/threshold-points'
import { emptyMessage } from './empty-message'
import type { DatasetPerformance } from './use-performance'

export interface CurveChartProps {
  summaries: readonly PerformanceSummary[]
  points: DatasetThresholdMetrics
  threshold: number
  ctx: FigureContext
  datasets: readonly Loadable<DatasetPerformance>[]
}

/**
 * ROC curves dev vs prod with AUC, chance diagonal and the threshold's operating points. A
 * slider move changes only the dots and a filter change the curves, both drawn over the chart
 * (Plot's overlay and curves), and the AUC in the description: Plotly redraws nothing.
 */
// memo: a slider move re-renders the page, not a chart whose props did not change
export const RocChart = memo(function RocChart({
  summaries,
  points,
  threshold,
  ctx,
  datasets,
}: CurveChartProps) {
  // the diagonal is Plotly's; the curves are drawn over the chart, so a filter change that
  // replaces them redraws two paths (Plot's `curves`; the legend names only the datasets)
  const empty = summaries.length === 0
  const data = useMemo(() => (empty ? [] : [rocChanceTrace(ctx)]), [empty, ctx])
  const curves = useMemo(() => rocCurves(summaries, ctx), [summaries, ctx])
  const layout = useMemo(() => rocAxesLayout(ctx), [ctx])
  const dots = useMemo(() => rocPointShapes(points, ctx), [points, ctx])
  return (
    <Plot
      title={ctx.t('performance.roc.title')}
      description={`${ctx.t('performance.roc.description', {
        threshold: formatThreshold(ctx, threshold),
      })} ${curveNames(curves)}`.trim()}
      data={data}
      layout={layout}
      curves={curves}
      overlay={dots}
      filename="roc_curve_dev_vs_prod"
      emptyMessage={emptyMessage(datasets, ctx.t)}
      height={400}
    />
  )
})
