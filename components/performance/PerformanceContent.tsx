'use client'

import { useDeferredValue, useMemo } from 'react'
import { Pending } from '@/components/data/Pending'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { useT } from '@/components/shell/use-t'
import type { PerformanceSummary } from '@/lib/views/performance/performance-summary'
import { thresholdPoints } from '@/lib/views/performance/threshold-points'
import { ComparisonSection } from '@/components/comparison/ComparisonSection'
import { WhileOnScreen } from '@/components/plot/WhileOnScreen'
import { AcrossThresholdsSection } from './AcrossThresholdsSection'
import { ConfusionSection } from './ConfusionSection'
import { ScoresSection } from './ScoresSection'
import { PerformanceHeadline } from './PerformanceHeadline'
import { PerformanceNotes } from './PerformanceNotes'
import { PrChart } from './PrChart'
import { RocChart } from './RocChart'
import { Section } from './Section'
import { ThresholdMetricsTable } from './ThresholdMetricsTable'
import { useDatasetPerformance } from './use-performance'
import { useFigureContext } from './use-figure-context'

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

  if (devPerf.status === 'loading' || prodPerf.status === 'loading') {
    return <Pending loading={t('performance.loading')} />
  }
  const curves = { summaries, points: chartPoints, threshold: chartThreshold, ctx, datasets }
  const below = { dev, prod, summaries, threshold: chartThreshold, ctx, datasets }
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
      {/* below the fold: held while off screen, computed when they scroll into view */}
      <WhileOnScreen
        of={ComparisonSection}
        dev={dev}
        prod={prod}
        threshold={chartThreshold}
        ctx={ctx}
      />
      <WhileOnScreen of={AcrossThresholdsSection} {...below} />
      <WhileOnScreen of={ScoresSection} {...below} />
    </>
  )
}
