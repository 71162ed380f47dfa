'use client'

import { memo, useMemo } from 'react'
import { CalibrationErrorPanel } from '@/components/monitoring/CalibrationErrorPanel'
import { useLabelledRows } from '@/components/monitoring/use-labelled-rows'
import { calibrationSummary } from '@/lib/monitoring/calibration-summary'
import { reason } from '@/lib/monitoring/reason'
import { ReliabilityChart } from './ReliabilityChart'
import { ScoreDistributionChart } from './ScoreDistributionChart'
import type { BelowFoldSectionProps } from './below-fold-section-props'
import { Section } from './Section'

/** The score distributions, the reliability diagram and ECE/MCE/Brier (lib/monitoring's binning). */
// memo: below the fold (WhileOnScreen), it is not recomputed while its props are held
export const ScoresSection = memo(function ScoresSection({
  dev,
  prod,
  summaries,
  threshold,
  ctx,
  datasets,
}: BelowFoldSectionProps) {
  const devRows = useLabelledRows(dev)
  const prodRows = useLabelledRows(prod)
  const calibration = useMemo(
    () => ({
      dev: devRows && calibrationSummary(devRows, reason('subject.shownDev')),
      prod: prodRows && calibrationSummary(prodRows, reason('subject.shownProd')),
    }),
    [devRows, prodRows],
  )
  return (
    <Section title={ctx.t('performance.section.scores')}>
      <div className="grid gap-6 xl:grid-cols-2">
        <ScoreDistributionChart
          summaries={summaries}
          threshold={threshold}
          ctx={ctx}
          datasets={datasets}
        />
        <div className="space-y-4">
          <ReliabilityChart summaries={summaries} ctx={ctx} datasets={datasets} />
          <CalibrationErrorPanel dev={calibration.dev} prod={calibration.prod} />
        </div>
      </div>
    </Section>
  )
})
