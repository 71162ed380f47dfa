'use client'

import { memo, useMemo } from 'react'
import { Plot } from '@/components/plot/Plot'
import { curveNames } from '@/lib/views/performance/curve-names'
import { formatThreshold } from '@/lib/views/performance/figure-context'
import { prAxesLayout, prCurveTraces, prPointShapes } from '@/lib/views/performance/pr-figure'
import { emptyMessage } from './empty-message'
import type { CurveChartProps } from './RocChart'

const NO_TRACES: readonly object[] = []

/** Precision-recall curves dev vs prod with average precision, base rates and threshold dots. */
// memo: a slider move re-renders the page, not a chart whose props did not change
export const PrChart = memo(function PrChart({
  summaries,
  points,
  threshold,
  ctx,
  datasets,
}: CurveChartProps) {
  // every trace changes with the filter: all drawn over the chart (Plot's `curves`)
  const curves = useMemo(() => prCurveTraces(summaries, ctx), [summaries, ctx])
  const layout = useMemo(() => prAxesLayout(ctx), [ctx])
  const dots = useMemo(() => prPointShapes(points, ctx), [points, ctx])
  return (
    <Plot
      title={ctx.t('performance.pr.title')}
      description={`${ctx.t('performance.pr.description', {
        threshold: formatThreshold(ctx, threshold),
      })} ${curveNames(curves)}`.trim()}
      data={NO_TRACES}
      layout={layout}
      curves={curves}
      overlay={dots}
      filename="precision_recall_curve_dev_vs_prod"
      emptyMessage={emptyMessage(datasets, ctx.t)}
      height={400}
    />
  )
})
