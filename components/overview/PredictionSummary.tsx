'use client'

import { useMemo } from 'react'
import { Plot } from '@/components/plot/Plot'
import { useT } from '@/components/shell/use-t'
import { madeRateFigure } from '@/lib/views/overview/made-rate-figure'
import type { MadeRates } from '@/lib/views/overview/made-rates'
import { formatRate, formatThreshold } from '@/lib/views/overview/overview-format'
import { DatasetDot } from './DatasetDot'
import { OverviewSection } from './OverviewSection'
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
  const { t, lang, num } = useT()
  const ctx = useOverviewFigureContext()
  // the chart follows one frame later: Plotly's redraw (30–90 ms) must not hold back the cards
  const figure = useAfterPaint(
    useMemo(() => madeRateFigure(rates, threshold, ctx), [rates, threshold, ctx]),
  )
  const share = (v: number) => (Number.isFinite(v) ? formatRate(lang, v) : t('overview.chart.none'))
  return (
    <OverviewSection title={t('overview.predictions.title')} testId="prediction-summary">
      <ul className="space-y-1.5 text-sm text-slate-700 dark:text-slate-300">
        {rates.map((r) => {
          const dataset = t(r.name === 'dev' ? 'dataset.dev' : 'dataset.prod')
          return (
            <li key={r.name} data-testid={`made-rate-${r.name}`} className="flex gap-2">
              <span className="mt-1.5">
                <DatasetDot name={r.name} />
              </span>
              <span>
                {r.scored === 0
                  ? t('overview.predictions.noScores', { dataset })
                  : t('overview.predictions.sentence', {
                      dataset,
                      threshold: formatThreshold(lang, threshold),
                      predicted: num(r.predictedMade),
                      scored: num(r.scored),
                      predictedShare: share(r.predictedRate),
                      actualShare: share(r.actualRate),
                      labelled: num(r.labelled),
                      mean: num(r.meanScore, {
                        minimumFractionDigits: 3,
                        maximumFractionDigits: 3,
                      }),
                    })}
              </span>
            </li>
          )
        })}
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
    </OverviewSection>
  )
}
