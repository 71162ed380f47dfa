'use client'

import { useState } from 'react'
import type { Loadable } from '@/components/data/loadable'
import { ChoiceGroup } from '@/components/shell/controls/ChoiceGroup'
import type { ConfusionMode } from '@/lib/views/performance/confusion-cells'
import type { FigureContext } from '@/lib/views/performance/figure-context'
import type { DatasetThresholdMetrics } from '@/lib/views/performance/threshold-points'
import { ConfusionPanel } from './ConfusionPanel'
import type { DatasetPerformance } from './use-performance'

export interface ConfusionSectionProps {
  datasets: readonly Loadable<DatasetPerformance>[]
  points: DatasetThresholdMetrics
  threshold: number
  ctx: FigureContext
}

/** Dev and prod confusion matrices at the threshold, with one counts / normalised toggle. */
export function ConfusionSection({ datasets, points, threshold, ctx }: ConfusionSectionProps) {
  const { t } = ctx
  const [mode, setMode] = useState<ConfusionMode>('counts')
  return (
    <div className="space-y-3">
      <div className="max-w-sm">
        <ChoiceGroup
          legend={t('performance.confusion.mode')}
          choices={[
            { value: 'counts', label: t('performance.confusion.counts') },
            { value: 'normalised', label: t('performance.confusion.normalised') },
          ]}
          value={mode}
          onChange={setMode}
        />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        {datasets.map((d, k) => (
          <ConfusionPanel
            key={k}
            dataset={d}
            name={k === 0 ? 'dev' : 'prod'}
            metrics={points[k === 0 ? 'dev' : 'prod']}
            mode={mode}
            threshold={threshold}
            ctx={ctx}
          />
        ))}
      </div>
    </div>
  )
}
