'use client'

import { memo, useMemo } from 'react'
import type { Loadable } from '@/components/data/loadable'
import { Plot } from '@/components/plot/Plot'
import type { FigureContext } from '@/lib/views/performance/figure-context'
import {
  metricsByThresholdLayout,
  metricsByThresholdTraces,
} from '@/lib/views/performance/metrics-by-threshold-figure'
import type { PerformanceSummary } from '@/lib/views/performance/performance-summary'
import { emptyMessage } from './empty-message'
import type { DatasetPerformance } from './use-performance'

export interface ThresholdChartProps {
  summaries: readonly PerformanceSummary[]
  threshold: number
  ctx: FigureContext
  datasets: readonly Loadable<DatasetPerformance>[]
  /** extra layout shapes and labels (the recommended thresholds), added to the chart's own */
  marks?: { shapes: object[]; annotations: object[] }
}

/** Precision, recall, F1, accuracy vs threshold; a slider move only moves the vertical line. */
// memo: a slider move re-renders the page, not a chart whose props did not change
export const MetricsByThresholdChart = memo(function MetricsByThresholdChart({
  summaries,
  threshold,
  ctx,
  datasets,
  marks,
}: ThresholdChartProps) {
  const data = useMemo(() => metricsByThresholdTraces(summaries, ctx), [summaries, ctx])
  const layout = useMemo(() => {
    const base = metricsByThresholdLayout(threshold, ctx) as {
      shapes: object[]
      annotations: object[]
    }
    if (!marks) return base
    return {
      ...base,
      shapes: [...base.shapes, ...marks.shapes],
      annotations: [...base.annotations, ...marks.annotations],
    }
  }, [threshold, ctx, marks])
  return (
    <Plot
      title={ctx.t('performance.byThreshold.title')}
      description={ctx.t('performance.byThreshold.description')}
      data={data}
      layout={layout}
      filename="metrics_by_threshold"
      emptyMessage={emptyMessage(datasets, ctx.t)}
      height={420}
    />
  )
})
