'use client'

import { useMemo } from 'react'
import { Pending } from '@/components/data/Pending'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { EstimatePanel } from '@/components/monitoring/EstimatePanel'
import { RetrainSignals } from '@/components/monitoring/RetrainSignals'
import {
  MonitoringNotReady,
  monitoringNotWritten,
} from '@/components/monitoring/MonitoringNotReady'
import { useMonitoringSite } from '@/components/monitoring/use-monitoring-site'
import { useT } from '@/components/shell/use-t'
import type { Snapshot } from '@/lib/site-data/predictions/snapshot-types'
import { assessHealth } from '@/lib/views/overview/health-verdict'
import { metricCards } from '@/lib/views/overview/metric-cards'
import { overviewAtThreshold, overviewHealth } from '@/lib/views/overview/overview-at-threshold'
import { ComparisonCard } from '@/components/comparison/ComparisonCard'
import { DataSources } from './DataSources'
import { HealthVerdictBanner } from './HealthVerdictBanner'
import { MetricCards } from './MetricCards'
import { PredictionSummary } from './PredictionSummary'
import { RowCounts } from './RowCounts'
import { useOverviewDrift } from './use-overview-drift'
import { useOverviewSide, type OverviewSide } from './use-overview-side'

export interface OverviewContentProps {
  snapshot: Snapshot
  dev: Loadable<FilteredDataset>
  prod: Loadable<FilteredDataset>
  threshold: number
}

const atThreshold = (side: OverviewSide, threshold: number) =>
  side.status === 'ready' ? overviewAtThreshold(side.sample, threshold) : null

const labelled = (side: OverviewSide) => (side.status === 'ready' ? side.sample.counts.labelled : 0)

/** rows shown per dataset when a filter leaves some out, else null */
function filteredCounts(dev: OverviewSide, prod: OverviewSide) {
  const shown = (side: OverviewSide) => (side.status === 'ready' ? side.indices.length : 0)
  const filtered = (side: OverviewSide) =>
    side.status === 'ready' && side.indices.length < side.loaded.data.target.length
  return filtered(dev) || filtered(prod) ? { dev: shown(dev), prod: shown(prod) } : null
}

/**
 * The overview's sections. Each dataset is sorted once per filter; a threshold move re-reads two
 * curves and two sorted score lists by binary search and redraws the cards, the verdict and the
 * chart.
 */
export function OverviewContent({ snapshot, dev, prod, threshold }: OverviewContentProps) {
  const { t } = useT()
  const devSide = useOverviewSide(dev, snapshot.datasets.dev === null)
  const prodSide = useOverviewSide(prod, snapshot.datasets.prod === null)
  const monitoring = useMonitoringSite()
  const report = monitoring.status === 'ready' ? monitoring.value.report : null
  const drift = useOverviewDrift(snapshot.drift, snapshot.columns, devSide, prodSide)
  const devAt = useMemo(() => atThreshold(devSide, threshold), [devSide, threshold])
  const prodAt = useMemo(() => atThreshold(prodSide, threshold), [prodSide, threshold])
  const cards = useMemo(
    () => metricCards(devAt?.metrics ?? null, prodAt?.metrics ?? null),
    [devAt, prodAt],
  )
  const verdict = useMemo(
    () =>
      drift === null
        ? null
        : assessHealth({
            threshold,
            dev: overviewHealth(devAt, snapshot.datasets.dev),
            prod: overviewHealth(prodAt, snapshot.datasets.prod),
            drift: drift.status === 'ready' ? drift.table : null,
            signals: report?.signals ?? null,
          }),
    [drift, threshold, devAt, prodAt, snapshot.datasets, report],
  )
  const rates = useMemo(
    () => [devAt?.rates, prodAt?.rates].filter((r) => r !== undefined),
    [devAt, prodAt],
  )

  if (
    devSide.status === 'loading' ||
    prodSide.status === 'loading' ||
    verdict === null ||
    drift === null
  ) {
    return <Pending loading={t('overview.loading')} />
  }
  return (
    <>
      <HealthVerdictBanner
        verdict={verdict}
        driftError={drift.status === 'error' ? drift.message : null}
        filtered={filteredCounts(devSide, prodSide)}
        signalsPending={monitoring.status === 'computing'}
      />
      <MetricCards
        cards={cards}
        threshold={threshold}
        labelled={{ dev: labelled(devSide), prod: labelled(prodSide) }}
      />
      {report && (
        <div className="grid gap-6 xl:grid-cols-2">
          <RetrainSignals report={report} onlyFired />
          <EstimatePanel report={report} />
        </div>
      )}
      {monitoringNotWritten(monitoring) && (
        <MonitoringNotReady state={monitoring} what="project.monitoring.what.overview" />
      )}
      {monitoring.status === 'ready' && monitoring.value.problem && (
        <p role="note" className="text-sm text-slate-600 dark:text-slate-400">
          {t('timeline.noReport', { problem: monitoring.value.problem })}
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <RowCounts dev={devSide} prod={prodSide} />
        <PredictionSummary rates={rates} threshold={threshold} />
      </div>
      <ComparisonCard />
      <DataSources snapshot={snapshot} />
    </>
  )
}
