'use client'

import { Plot } from '@/components/plot/Plot'
import type { DriftChartModel } from '@/lib/views/drift/chart-models'

/** One drift chart model drawn at the view's chart height (feature, score and target charts). */
export function DriftChartPlot({ model }: { model: DriftChartModel }) {
  return (
    <Plot
      title={model.title}
      description={model.description}
      data={model.figure.data}
      layout={model.figure.layout}
      filename={model.filename}
      height={320}
    />
  )
}
