'use client'

import { useMemo } from 'react'
import { RetrainSignals } from '@/components/monitoring/RetrainSignals'
import { useChoice } from '@/components/monitoring/use-choice'
import { WorstSlices } from '@/components/monitoring/WorstSlices'
import { useT } from '@/components/shell/use-t'
import type { MonitoringView } from '@/lib/site-data/monitoring/monitoring-site-types'
import { CHUNKING_PARAM } from '@/lib/views/timeline/chunking-param'
import { ChunkTable } from './ChunkTable'
import { TimelineCharts } from './TimelineCharts'
import { useReasonText } from '@/components/monitoring/use-reason-text'

/** The timeline's sections: signals, a one-line summary, the charts, the chunk table, slices. */
export function TimelineContent({ report }: { report: MonitoringView }) {
  const { t, num } = useT()
  const reasons = useReasonText()
  const choice = useChoice(CHUNKING_PARAM)
  const chunks = useMemo(
    () => report.chunks.filter((c) => c.chunking === choice.value),
    [report.chunks, choice.value],
  )
  const metric = String(report.params.reactive_metric)
  const limit = chunks.find((c) => c.alerts?.limit !== null && c.alerts?.limit !== undefined)
    ?.alerts?.limit
  const alerting = chunks.filter((c) => c.alerts?.realised).length
  const drifting = chunks.filter((c) => c.alerts?.dataset_drift).length
  const trusted = report.estimate.validity?.trustworthy ?? false
  return (
    <>
      {choice.invalid !== null && (
        <p
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {t('timeline.chunking.invalid', { value: choice.invalid })}
        </p>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t('timeline.basis', {
          threshold: num(Number(report.params.threshold), { minimumFractionDigits: 2 }),
        })}
      </p>
      <RetrainSignals report={report} />
      {chunks.length === 0 ? (
        <p role="note" className="text-sm">
          {t('timeline.noChunks', {
            note:
              report.chunk_note_reasons.map((r) => reasons.text(r)).join('; ') ||
              report.chunk_notes.join('; ') ||
              '–',
          })}
        </p>
      ) : (
        <>
          <p
            data-testid="timeline-summary"
            className="text-base font-medium text-slate-900 dark:text-slate-50"
          >
            {t('timeline.summary', {
              alerting,
              total: chunks.length,
              metric,
              limit: limit === undefined || limit === null ? '–' : num(limit),
              drifting,
            })}
          </p>
          <TimelineCharts
            chunks={chunks}
            chunking={choice.value}
            driftShare={report.dataset_drift.drift_share}
            trusted={trusted}
          />
          <ChunkTable chunks={chunks} metric={metric} trusted={trusted} />
        </>
      )}
      <WorstSlices report={report} />
    </>
  )
}
