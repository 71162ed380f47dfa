'use client'

import type { OverviewPrerender } from '@/lib/views/prerender/prerender-view'
import { HealthVerdictBanner } from './HealthVerdictBanner'
import { MetricCards } from './MetricCards'

/** The overview's verdict and metric cards of the default view, as computed at build time. */
export function OverviewPrerendered({
  threshold,
  verdict,
  driftError,
  cards,
  labelled,
}: OverviewPrerender) {
  return (
    <div className="space-y-6">
      <HealthVerdictBanner verdict={verdict} driftError={driftError} filtered={null} />
      <MetricCards cards={cards} threshold={threshold} labelled={labelled} />
    </div>
  )
}
