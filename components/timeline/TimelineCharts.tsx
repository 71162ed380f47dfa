'use client'

import { useMemo } from 'react'
import { useFigureContext } from '@/components/performance/use-figure-context'
import { Plot } from '@/components/plot/Plot'
import { useT } from '@/components/shell/use-t'
import type { ChunkResult } from '@/lib/monitoring/chunk-report'
import {
  datasetDriftFigure,
  featureDriftFigure,
  metricFigure,
  rowsFigure,
  TIMELINE_METRICS,
} from '@/lib/views/timeline/timeline-figures'

/** The chunk timelines: shots and labelled share, F1/accuracy/AUC, dataset and feature drift. */
export function TimelineCharts({
  chunks,
  chunking,
  driftShare,
  trusted,
}: {
  chunks: readonly ChunkResult[]
  chunking: string
  driftShare: number
  /** the report's verdict on the label-free estimate */
  trusted: boolean
}) {
  const { t } = useT()
  const ctx = useFigureContext()
  const figures = useMemo(
    () => ({
      rows: rowsFigure(chunks, ctx),
      metrics: TIMELINE_METRICS.map((m) => ({
        ...m,
        figure: metricFigure(chunks, m.name, t(m.label), ctx, trusted),
      })),
      drift: datasetDriftFigure(chunks, driftShare, ctx),
      features: featureDriftFigure(chunks, ctx),
    }),
    [chunks, ctx, t, driftShare, trusted],
  )
  const empty = t('timeline.chart.empty')
  return (
    <div className="grid gap-6 2xl:grid-cols-2">
      {figures.metrics.map((m) => (
        <Plot
          key={m.name}
          title={t('timeline.chart.metric', { metric: t(m.label) })}
          description={t('timeline.chart.metricDescription')}
          data={m.figure.data}
          layout={m.figure.layout}
          filename={`timeline_${m.name}_${chunking}`}
          emptyMessage={empty}
          height={340}
        />
      ))}
      <Plot
        title={t('timeline.chart.drift')}
        description={t('timeline.chart.driftDescription')}
        data={figures.drift.data}
        layout={figures.drift.layout}
        filename={`timeline_dataset_drift_${chunking}`}
        emptyMessage={empty}
        height={320}
      />
      <Plot
        title={t('timeline.chart.features')}
        description={t('timeline.chart.featuresDescription')}
        data={figures.features.data}
        layout={figures.features.layout}
        filename={`timeline_feature_drift_${chunking}`}
        emptyMessage={empty}
        height={340}
      />
      <Plot
        title={t('timeline.chart.rows')}
        description={t('timeline.chart.rowsDescription')}
        data={figures.rows.data}
        layout={figures.rows.layout}
        filename={`timeline_rows_${chunking}`}
        emptyMessage={empty}
        height={300}
      />
    </div>
  )
}
