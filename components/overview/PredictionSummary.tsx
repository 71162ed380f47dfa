'use client'

import { useMemo } from 'react'
import { Plot } from '@/components/plot/Plot'
import { useT } from '@/components/shell/use-t'
import { madeRateFigure } from '@/lib/views/overview/made-rate-figure'
import type { MadeRates } from '@/lib/views/overview/made-rates'
import { predictionLine } from '@/lib/views/overview/prediction-line'
import { DatasetDot } from './DatasetDot'
import { TitledSection } from '@/components/shell/TitledSection'
import { useAfterPaint } from './use-after-paint'
import { useOverviewFigureContext } from './use-overview-figure-context'

/** How often the model says "made" at the threshold, against how often shots went in. */
export function PredictionSummary({
  rates,
  threshold,
}: {
  rates: readonly MadeRates[]
  threshold: number
}) {
  const { t, lang } = useT()
  const ctx = useOverviewFigureContext()
  // the chart follows one frame later: Plotly's redraw (30–90 ms) must not hold back the cards
  const figure = useAfterPaint(
    useMemo(() => madeRateFigure(rates, threshold, ctx), [rates, threshold, ctx]),
  )
  return (
    <TitledSection title={t('overview.predictions.title')} testId="prediction-summary">
      <ul className="space-y-1.5 text-sm text-slate-700 dark:text-slate-300">
        {rates.map((r) => (
          <li key={r.name} data-testid={`made-rate-${r.name}`} className="flex gap-2">
            <span className="mt-1.5">
              <DatasetDot name={r.name} />
            </span>
            <span>{predictionLine(r, threshold, t, lang)}</span>
          </li>
        ))}
      </ul>
      <Plot
        title={t('overview.chart.title')}
        description={t('overview.chart.description')}
        data={figure.data}
        layout={figure.layout}
        filename="made_rate_dev_vs_prod"
        emptyMessage={t('overview.chart.empty')}
        height={320}
      />
    </TitledSection>
  )
}
