'use client'

import { useDeferredValue, useMemo } from 'react'
import { Pending } from '@/components/data/Pending'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { CalibrationErrorPanel } from '@/components/monitoring/CalibrationErrorPanel'
import { ThresholdAdvice } from '@/components/monitoring/ThresholdAdvice'
import { useLabelledRows } from '@/components/monitoring/use-labelled-rows'
import { useThresholdOptima } from '@/components/monitoring/use-threshold-optima'
import { useT } from '@/components/shell/use-t'
import { calibrationSummary } from '@/lib/monitoring/calibration-summary'
import type { PerformanceSummary } from '@/lib/views/performance/performance-summary'
import { optimaMarks } from '@/lib/views/performance/optima-marks'
import { thresholdPoints } from '@/lib/views/performance/threshold-points'
import { ComparisonSection } from '@/components/comparison/ComparisonSection'
import { ConfusionSection } from './ConfusionSection'
import { MetricsByThresholdChart } from './MetricsByThresholdChart'
import { PerformanceHeadline } from './PerformanceHeadline'
import { PerformanceNotes } from './PerformanceNotes'
import { PrChart } from './PrChart'
import { ReliabilityChart } from './ReliabilityChart'
import { RocChart } from './RocChart'
import { ScoreDistributionChart } from './ScoreDistributionChart'
import { Section } from './Section'
import { ThresholdMetricsTable } from './ThresholdMetricsTable'
import { useDatasetPerformance } from './use-performance'
import { useFigureContext } from './use-figure-context'
import { reason } from '@/lib/monitoring/reason'

const aucs = (summaries: readonly PerformanceSummary[]) =>
  Object.fromEntries(summaries.map((s) => [s.sample.name, s.auc]))

export interface PerformanceContentProps {
  dev: Loadable<FilteredDataset>
  prod: Loadable<FilteredDataset>
  threshold: number
}

/**
 * The view's sections. Curves are computed once per (dataset, filter); a threshold move only
 * re-reads two confusion matrices from the sorted curves and redraws what shows them.
 */
export function PerformanceContent({ dev, prod, threshold }: PerformanceContentProps) {
  const { t } = useT()
  const ctx = useFigureContext()
  const devPerf = useDatasetPerformance(dev)
  const prodPerf = useDatasetPerformance(prod)
  const summaries = useMemo(
    () =>
      [devPerf, prodPerf].flatMap((p) =>
        p.status === 'ready' && p.value.summary ? [p.value.summary] : [],
      ),
    [devPerf, prodPerf],
  )
  const points = useMemo(() => thresholdPoints(summaries, threshold), [summaries, threshold])
  // the Plotly charts follow the slider at lower priority: the matrices, table and headline
  // (plain HTML, a few ms) paint first, then the charts redraw when the browser is free
  const chartThreshold = useDeferredValue(threshold)
  const chartPoints = useMemo(
    () => thresholdPoints(summaries, chartThreshold),
    [summaries, chartThreshold],
  )

  const datasets = useMemo(() => [devPerf, prodPerf], [devPerf, prodPerf])
  // the monitoring panels, by lib/monitoring on the same filtered shots
  const devRows = useLabelledRows(dev)
  const prodRows = useLabelledRows(prod)
  const advice = useThresholdOptima({ dev: devRows, prod: prodRows })
  const marks = useMemo(() => optimaMarks(advice.optima, ctx), [advice.optima, ctx])
  const calibration = useMemo(
    () => ({
      dev: devRows && calibrationSummary(devRows, reason('subject.shownDev')),
      prod: prodRows && calibrationSummary(prodRows, reason('subject.shownProd')),
    }),
    [devRows, prodRows],
  )

  if (devPerf.status === 'loading' || prodPerf.status === 'loading') {
    return <Pending loading={t('performance.loading')} />
  }
  const curves = { summaries, points: chartPoints, threshold: chartThreshold, ctx, datasets }
  return (
    <>
      <PerformanceNotes datasets={datasets} />
      <PerformanceHeadline auc={aucs(summaries)} points={points} threshold={threshold} />
      <Section title={t('performance.section.ranking')}>
        <div className="grid gap-6 xl:grid-cols-2">
          <RocChart {...curves} />
          <PrChart {...curves} />
        </div>
      </Section>
      <Section title={t('performance.section.atThreshold')}>
        <ConfusionSection datasets={datasets} points={points} threshold={threshold} ctx={ctx} />
        <ThresholdMetricsTable points={points} threshold={threshold} />
      </Section>
      <ComparisonSection dev={dev} prod={prod} threshold={chartThreshold} ctx={ctx} />
      <Section title={t('performance.section.acrossThresholds')}>
        <MetricsByThresholdChart
          summaries={summaries}
          threshold={chartThreshold}
          ctx={ctx}
          datasets={datasets}
          marks={marks}
        />
        <ThresholdAdvice
          optima={advice.optima}
          matrixText={advice.matrixText}
          onMatrixText={advice.setCell}
          matrixValid={advice.matrixValid}
        />
      </Section>
      <Section title={t('performance.section.scores')}>
        <div className="grid gap-6 xl:grid-cols-2">
          <ScoreDistributionChart
            summaries={summaries}
            threshold={chartThreshold}
            ctx={ctx}
            datasets={datasets}
          />
          <div className="space-y-4">
            <ReliabilityChart summaries={summaries} ctx={ctx} datasets={datasets} />
            <CalibrationErrorPanel dev={calibration.dev} prod={calibration.prod} />
          </div>
        </div>
      </Section>
    </>
  )
}
