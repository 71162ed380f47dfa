'use client'

import { memo, useMemo } from 'react'
import { Plot } from '@/components/plot/Plot'
import {
  scoreDistributionLayout,
  scoreDistributionTraces,
} from '@/lib/views/performance/score-distribution-figure'
import { emptyMessage } from './empty-message'
import type { ThresholdChartProps } from './MetricsByThresholdChart'

const HEIGHT = 460

/** Histogram of P(made) for made vs missed shots, dev above prod, with the threshold line. */
// memo: a slider move re-renders the page, not a chart whose props did not change
export const ScoreDistributionChart = memo(function ScoreDistributionChart({
  summaries,
  threshold,
  ctx,
  datasets,
}: ThresholdChartProps) {
  const data = useMemo(() => scoreDistributionTraces(summaries, ctx), [summaries, ctx])
  const layout = useMemo(
    () => scoreDistributionLayout(summaries, threshold, ctx, HEIGHT),
    [summaries, threshold, ctx],
  )
  return (
    <Plot
      title={ctx.t('performance.distribution.title')}
      description={ctx.t('performance.distribution.description')}
      data={data}
      layout={layout}
      filename="score_distribution_by_class"
      emptyMessage={emptyMessage(datasets, ctx.t)}
      height={HEIGHT}
    />
  )
})
