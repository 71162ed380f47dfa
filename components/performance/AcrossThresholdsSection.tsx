'use client'

import { memo, useMemo } from 'react'
import { ThresholdAdvice } from '@/components/monitoring/ThresholdAdvice'
import { useLabelledRows } from '@/components/monitoring/use-labelled-rows'
import { useThresholdOptima } from '@/components/monitoring/use-threshold-optima'
import { optimaMarks } from '@/lib/views/performance/optima-marks'
import { MetricsByThresholdChart } from './MetricsByThresholdChart'
import type { BelowFoldSectionProps } from './below-fold-section-props'
import { Section } from './Section'

/**
 * The metrics against the threshold with the thresholds maximising F1, Youden's J and value
 * (lib/monitoring's thresholdOptima on the same filtered shots), and the editable value matrix.
 */
// memo: below the fold (WhileOnScreen), it is not recomputed while its props are held
export const AcrossThresholdsSection = memo(function AcrossThresholdsSection({
  dev,
  prod,
  summaries,
  threshold,
  ctx,
  datasets,
}: BelowFoldSectionProps) {
  const devRows = useLabelledRows(dev)
  const prodRows = useLabelledRows(prod)
  const advice = useThresholdOptima({ dev: devRows, prod: prodRows })
  const marks = useMemo(() => optimaMarks(advice.optima, ctx), [advice.optima, ctx])
  return (
    <Section title={ctx.t('performance.section.acrossThresholds')}>
      <MetricsByThresholdChart
        summaries={summaries}
        threshold={threshold}
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
  )
})
