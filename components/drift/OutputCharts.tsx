'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import { ChartBoundary } from '@/components/shell/ChartBoundary'
import { useT } from '@/components/shell/use-t'
import type { DriftRow } from '@/lib/drift/drift-table'
import { histogramForPlot, type PlotHistogram } from '@/lib/drift/histogram-for-plot'
import { chartAnchor, scoreChartModel, targetChartModel } from '@/lib/views/drift/chart-models'
import { pickRowsSorted } from '@/lib/site-data/predictions/drift-columns'
import { madeRate, scoresAtThreshold } from '@/lib/views/drift/output-summaries'
import { DriftSection } from './DriftSection'
import { DriftChartPlot } from './DriftChartPlot'
import { useDatasetNames } from './use-dataset-names'

export interface OutputChartsProps {
  /** rows of the output drift table (prediction_score, shot_made_flag) as the table shows them */
  rows: readonly DriftRow[]
  dev: FilteredDataset
  prod: FilteredDataset
  threshold: number
  /** the build's prediction_score histogram, only when it describes the rows shown (no filter) */
  prebuilt: PlotHistogram | null
}

/** The model's score and the target, dev vs prod: not features, so outside the dataset verdict. */
export function OutputCharts(props: OutputChartsProps) {
  const { t } = useT()
  return (
    <DriftSection title={t('drift.output.title')} intro={t('drift.output.intro')}>
      <div className="grid gap-6 xl:grid-cols-2">
        <div id={chartAnchor('prediction_score')} className="scroll-mt-24">
          <ChartBoundary label="prediction_score">
            <ScoreChart {...props} />
          </ChartBoundary>
        </div>
        <div id={chartAnchor('shot_made_flag')} className="scroll-mt-24">
          <ChartBoundary label="shot_made_flag">
            <TargetChart {...props} />
          </ChartBoundary>
        </div>
      </div>
    </DriftSection>
  )
}

function Note({ children }: { children: string }) {
  return (
    <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {children}
    </p>
  )
}

function ScoreChart({ rows, dev, prod, threshold, prebuilt }: OutputChartsProps) {
  const { t, lang } = useT()
  const devP = dev.loaded.data.probability
  const prodP = prod.loaded.data.probability
  // sorted and binned once per (dataset, filter); a threshold move only recounts two shares
  const histogram = useMemo(() => {
    if (!devP || !prodP) return null
    return (
      prebuilt ??
      histogramForPlot(pickRowsSorted(devP, dev.indices), pickRowsSorted(prodP, prod.indices), 30)
    )
  }, [devP, prodP, dev.indices, prod.indices, prebuilt])
  const scores = useMemo(
    () =>
      devP && prodP
        ? {
            dev: scoresAtThreshold(devP, dev.indices, threshold),
            prod: scoresAtThreshold(prodP, prod.indices, threshold),
          }
        : null,
    [devP, prodP, dev.indices, prod.indices, threshold],
  )
  const row = rows.find((r) => r.column === 'prediction_score') ?? null
  const names = useDatasetNames(scores?.dev.scored ?? 0, scores?.prod.scored ?? 0)
  const model = useMemo(
    () =>
      histogram && scores
        ? scoreChartModel(histogram, threshold, row, scores, names, t, lang)
        : null,
    [histogram, scores, threshold, row, names, t, lang],
  )
  if (!model) return <Note>{t('drift.output.noScore')}</Note>
  return <DriftChartPlot model={model} />
}

function TargetChart({ rows, dev, prod }: OutputChartsProps) {
  const { t, lang } = useT()
  const rates = useMemo(
    () => ({
      dev: madeRate(dev.loaded.data.target, dev.indices),
      prod: madeRate(prod.loaded.data.target, prod.indices),
    }),
    [dev, prod],
  )
  const row = rows.find((r) => r.column === 'shot_made_flag') ?? null
  const names = useMemo(() => ({ dev: t('dataset.dev'), prod: t('dataset.prod') }), [t])
  const model = useMemo(
    () => targetChartModel(rates.dev, rates.prod, row, names, t, lang),
    [rates, row, names, t, lang],
  )
  if (rates.dev.labelled === 0 && rates.prod.labelled === 0) {
    return <Note>{t('drift.output.noTarget')}</Note>
  }
  return <DriftChartPlot model={model} />
}
