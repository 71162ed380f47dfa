'use client'

import Link from 'next/link'
import { ScrollRegion } from '@/components/shell/ScrollRegion'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import type { MonitoringView } from '@/lib/site-data/monitoring/monitoring-site-types'
import { TitledSection } from '@/components/shell/TitledSection'
import { RetrainSignals } from './RetrainSignals'
import { useReasonText } from './use-reason-text'
import { CompactTableHead, NUMBER_CELL, ROW_HEADER_CELL } from '@/components/shell/CompactTableHead'

/**
 * The drift view's part of the retrain decision, from the monitoring report (every row, as
 * `npm run monitor`): the share of drifted features against Evidently's 50 % rule as a meter,
 * the features that matter most to the model with their drift, the predictive signals with
 * their causes, and a link to the same figures chunk by chunk on the timeline.
 */
export function DriftMonitoringPanel({ report }: { report: MonitoringView }) {
  const { t, num, pct } = useT()
  const reasons = useReasonText()
  const { href } = useUrlState()
  const { share, drift, drift_share: rule, drifted, columns } = report.dataset_drift
  const ranking = new Map(report.importance.ranking.map((r) => [r.feature, r.importance]))
  const important = report.importance.top
    .map((name) => report.features.find((f) => f.name === name))
    .filter((f) => f !== undefined)
  const ruleText = pct(rule, 0)
  return (
    <div className="grid grid-cols-1 gap-6 2xl:grid-cols-2">
      <TitledSection
        framed
        title={t('monitoring.drift.title')}
        description={t('monitoring.drift.description', { rule: ruleText })}
        testId="drift-monitoring"
      >
        <p
          data-testid="dataset-drift-share"
          data-drift={drift ? 'true' : 'false'}
          className={
            'text-base font-semibold ' +
            (drift ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-300')
          }
        >
          {t(drift ? 'monitoring.drift.datasetYes' : 'monitoring.drift.datasetNo')}:{' '}
          {t('monitoring.drift.share', {
            drifted: drifted.length,
            columns,
            share: pct(share, 0),
          })}
        </p>
        <div
          role="meter"
          aria-label={t('monitoring.drift.meter')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 100)}
          aria-valuetext={pct(share, 0)}
          className="relative mt-2 h-4 w-full rounded bg-slate-200 dark:bg-slate-700"
        >
          <div
            className={'h-4 rounded ' + (drift ? 'bg-red-500' : 'bg-emerald-500')}
            style={{ width: `${Math.min(100, share * 100)}%` }}
          />
          <div
            aria-hidden
            className="absolute top-[-4px] h-6 w-0.5 bg-slate-900 dark:bg-slate-100"
            style={{ left: `${rule * 100}%` }}
          />
        </div>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {t('monitoring.drift.rule', { rule: ruleText })}
        </p>
        <h3 className="mt-4 text-sm font-semibold text-slate-900 dark:text-slate-50">
          {t('monitoring.drift.important')}
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="importance-method">
          {reasons.text(report.importance.reason, report.importance.method)}
        </p>
        <ScrollRegion label={t('monitoring.drift.important')}>
          <table className="mt-1 w-full text-sm" data-testid="important-features">
            <CompactTableHead
              columns={[
                { label: t('monitoring.drift.feature') },
                ranking.size > 0 && { label: t('monitoring.drift.importance'), numeric: true },
                { label: t('monitoring.drift.test') },
                { label: t('monitoring.drift.statistic'), numeric: true },
                { label: t('monitoring.drift.drifted') },
              ]}
            />
            <tbody>
              {important.map((f) => (
                <tr
                  key={f.name}
                  data-feature={f.name}
                  data-drift={f.drift ? 'true' : 'false'}
                  className="border-b border-slate-100 dark:border-slate-800"
                >
                  <th scope="row" className={ROW_HEADER_CELL}>
                    {f.name}
                  </th>
                  {ranking.size > 0 && (
                    <td className={NUMBER_CELL}>
                      {num(ranking.get(f.name) ?? NaN, { maximumFractionDigits: 3 })}
                    </td>
                  )}
                  <td className="px-2 py-1">{f.method}</td>
                  <td className={NUMBER_CELL}>
                    {num(f.statistic, { maximumFractionDigits: 4 })} (
                    {num(f.threshold, { maximumFractionDigits: 4 })})
                  </td>
                  <td
                    className={
                      'px-2 py-1 font-semibold ' +
                      (f.drift ? 'text-red-700 dark:text-red-300' : 'text-slate-600')
                    }
                  >
                    {t(f.drift ? 'monitoring.drift.yes' : 'monitoring.drift.no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <Link
          href={href('/timeline/')}
          prefetch={false}
          className="mt-3 inline-block text-sm font-medium text-blue-700 underline hover:text-blue-900 dark:text-blue-300"
        >
          {t('monitoring.drift.timeline')} →
        </Link>
      </TitledSection>
      <RetrainSignals report={report} kind="predictive" current="/drift/" />
    </div>
  )
}
