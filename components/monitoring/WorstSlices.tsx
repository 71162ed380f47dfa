'use client'

import { useId } from 'react'
import { useT } from '@/components/shell/use-t'
import type { MonitoringView } from '@/lib/site-data/monitoring/monitoring-site-types'
import { SLICE_METRIC_PARAM } from '@/lib/views/timeline/chunking-param'
import { TitledSection } from '@/components/shell/TitledSection'
import { useChoice } from './use-choice'
import { ScrollRegion } from '@/components/shell/ScrollRegion'
import { useReasonText } from './use-reason-text'
import { CompactTableHead, NUMBER_CELL } from '@/components/shell/CompactTableHead'

const SHOWN = 10

/**
 * "Where does the model fail worst?": the report's prod slices ranked by distance from the
 * overall value of the chosen metric (URL `slice_metric`), worse ones first, with size and the
 * seeded bootstrap interval; slices without a value are listed with their reason.
 */
export function WorstSlices({ report }: { report: MonitoringView }) {
  const { t, num } = useT()
  const reasons = useReasonText()
  const id = useId()
  const metrics = report.slices_summary.map((s) => s.metric)
  const choice = useChoice(SLICE_METRIC_PARAM)
  const metric = metrics.includes(choice.value) ? choice.value : (metrics[0] ?? choice.value)
  const summary = report.slices_summary.find((s) => s.metric === metric)
  const slices = report.slices.filter((s) => s.metric === metric)
  const ranked = slices
    .filter((s) => s.value_metric !== null)
    .sort(
      (a, b) =>
        Number(b.direction === 'worse') - Number(a.direction === 'worse') ||
        (b.distance ?? 0) - (a.distance ?? 0),
    )
  const unranked = slices.filter((s) => s.value_metric === null)
  const value = (v: number | null) =>
    v === null ? '–' : num(v, { maximumFractionDigits: 3, minimumFractionDigits: 3 })
  return (
    <TitledSection
      framed
      title={t('monitoring.slices.title')}
      description={t('monitoring.slices.description', {
        metric,
        overall: value(summary?.overall ?? null),
      })}
      testId="worst-slices"
    >
      {metrics.length > 1 && (
        <div className="mb-2 flex items-center gap-2 text-sm">
          <label htmlFor={id} className="font-medium">
            {t('monitoring.slices.metric')}
          </label>
          <select
            id={id}
            value={metric}
            onChange={(e) => choice.set(e.target.value)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-800"
          >
            {metrics.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
      )}
      {ranked.length === 0 ? (
        <p role="note" className="text-sm">
          {t('monitoring.slices.none')}
        </p>
      ) : (
        <ScrollRegion label={t('monitoring.slices.title')}>
          <table className="w-full text-sm">
            <CompactTableHead
              columns={[
                { label: t('monitoring.slices.column') },
                { label: t('monitoring.slices.value') },
                { label: t('monitoring.slices.rows'), numeric: true },
                { label: metric, numeric: true },
                { label: t('monitoring.slices.ci'), numeric: true },
                { label: t('monitoring.slices.direction') },
              ]}
            />
            <tbody>
              {ranked.slice(0, SHOWN).map((s) => (
                <tr
                  key={`${s.column}=${s.value}`}
                  data-testid="slice-row"
                  className="border-b border-slate-100 dark:border-slate-800"
                >
                  <td className="px-2 py-1">{s.column}</td>
                  <td className="px-2 py-1 font-medium">{s.value}</td>
                  <td className={NUMBER_CELL}>
                    {num(s.rows)} ({num(s.labelled)})
                  </td>
                  <td className={NUMBER_CELL}>{value(s.value_metric)}</td>
                  <td className={NUMBER_CELL}>
                    {s.ci ? `${value(s.ci[0])} – ${value(s.ci[1])}` : '–'}
                  </td>
                  <td
                    className={
                      'px-2 py-1 ' +
                      (s.direction === 'worse'
                        ? 'font-semibold text-red-700 dark:text-red-300'
                        : '')
                    }
                  >
                    {s.direction ? t(`monitoring.slices.${s.direction}`) : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {unranked.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">
            {t('monitoring.slices.more', { count: unranked.length })}
          </summary>
          <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
            {unranked.map((s) => (
              <li key={`${s.column}=${s.value}`}>
                {s.column} = {s.value}: {reasons.text(s.reason, s.unavailable)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </TitledSection>
  )
}
