'use client'

import { useT } from '@/components/shell/use-t'
import type { PerformancePrerender } from '@/lib/views/prerender/prerender-view'
import { PerformanceHeadline } from './PerformanceHeadline'
import { Section } from './Section'
import { ThresholdMetricsTable } from './ThresholdMetricsTable'

/** The headline and the metrics and confusion counts at 0.5 on every row, from the build. */
export function PerformancePrerendered({ threshold, points, auc }: PerformancePrerender) {
  const { t } = useT()
  return (
    <div className="space-y-6">
      <PerformanceHeadline auc={auc} points={points} threshold={threshold} />
      <Section title={t('performance.section.atThreshold')}>
        <ThresholdMetricsTable points={points} threshold={threshold} />
      </Section>
    </div>
  )
}
