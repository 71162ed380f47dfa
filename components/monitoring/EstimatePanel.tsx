'use client'

import { useT } from '@/components/shell/use-t'
import type { MessageKey } from '@/lib/i18n/messages-en'
import type { MonitoringView } from '@/lib/site-data/monitoring/monitoring-site-types'
import { TitledSection } from '@/components/shell/TitledSection'
import { ScrollRegion } from '@/components/shell/ScrollRegion'
import { useReasonText } from './use-reason-text'
import { CompactTableHead, NUMBER_CELL, ROW_HEADER_CELL } from '@/components/shell/CompactTableHead'

const METRICS: { name: string; label: MessageKey }[] = [
  { name: 'f1_score', label: 'metric.f1' },
  { name: 'accuracy', label: 'metric.accuracy' },
  { name: 'precision', label: 'metric.precision' },
  { name: 'recall', label: 'metric.recall' },
  { name: 'roc_auc', label: 'metric.rocAuc' },
]

/**
 * The CBPE estimate of prod beside the realised prod and dev metrics (all rows, the report's
 * threshold), its 95 % interval, and the validity check: on data unlike dev, the plain
 * "not to be trusted here, because…" with the features outside dev's support.
 */
export function EstimatePanel({ report }: { report: MonitoringView }) {
  const { t, num, pct } = useT()
  const reasons = useReasonText()
  const { dev, prod } = report.metrics
  const estimated = report.metrics.prod_estimated
  const validity = report.estimate.validity
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : num(v, { maximumFractionDigits: 3 })
  const hasEstimate = 'values' in estimated
  return (
    <TitledSection
      framed
      title={t('monitoring.estimate.title')}
      description={t('monitoring.estimate.description', {
        threshold: num(Number(report.params.threshold), { minimumFractionDigits: 2 }),
        labelled: prod.rows,
        rows: hasEstimate ? estimated.rows : 0,
      })}
      testId="estimate-panel"
    >
      {!hasEstimate ? (
        <p role="note" className="text-sm text-slate-700 dark:text-slate-300">
          {t('monitoring.estimate.unavailable', {
            reason: Object.keys(estimated.unavailable)
              .map((key) => reasons.missing(estimated, key))
              .join('; '),
          })}
        </p>
      ) : (
        <ScrollRegion label={t('monitoring.estimate.title')}>
          <table className="w-full text-sm">
            <CompactTableHead
              columns={[
                { label: t('monitoring.estimate.metric') },
                { label: t('monitoring.estimate.dev'), numeric: true },
                { label: t('monitoring.estimate.realised'), numeric: true },
                { label: t('monitoring.estimate.estimated'), numeric: true },
                { label: t('monitoring.estimate.interval'), numeric: true },
              ]}
            />
            <tbody>
              {METRICS.map(({ name, label }) => {
                const interval = estimated.interval[name as keyof typeof estimated.interval]
                return (
                  <tr
                    key={name}
                    data-metric={name}
                    className="border-b border-slate-100 dark:border-slate-800"
                  >
                    <th scope="row" className={ROW_HEADER_CELL}>
                      {t(label)}
                    </th>
                    <td className={NUMBER_CELL}>{value(dev.values[name])}</td>
                    <td className={NUMBER_CELL} data-testid="realised">
                      {value(prod.values[name])}
                    </td>
                    <td
                      className={
                        NUMBER_CELL +
                        (validity?.trustworthy
                          ? ''
                          : ' text-slate-500 line-through dark:text-slate-400')
                      }
                      data-testid="estimated"
                    >
                      {value(estimated.values[name])}
                    </td>
                    <td className={NUMBER_CELL} data-testid="interval">
                      {interval ? `${value(interval[0])} – ${value(interval[1])}` : '–'}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {validity && (
        <div
          data-testid="estimate-validity"
          data-trustworthy={validity.trustworthy ? 'true' : 'false'}
          role={validity.trustworthy ? 'note' : 'alert'}
          className={
            'mt-3 rounded-lg border p-3 text-sm ' +
            (validity.trustworthy
              ? 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100'
              : 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100')
          }
        >
          {validity.trustworthy ? (
            t('monitoring.estimate.trusted')
          ) : (
            <>
              <p className="font-semibold">{t('monitoring.estimate.untrusted')}</p>
              <ul className="mt-1 list-disc pl-5">
                {validity.support
                  .filter((s) => s.flagged)
                  .sort((a, b) => b.outsideShare - a.outsideShare)
                  .map((s) => (
                    <li key={s.feature}>
                      {t('monitoring.estimate.support', {
                        share: pct(s.outsideShare, 0),
                        feature: s.feature,
                      })}{' '}
                      <span className="text-xs opacity-80">
                        ({reasons.text(s.detailReason, s.detail)})
                      </span>
                    </li>
                  ))}
                {validity.calibrationShift !== null && validity.calibrationShift > 0.05 && (
                  <li>
                    {t('monitoring.estimate.calibrationShift', {
                      shift: num(validity.calibrationShift, { maximumFractionDigits: 3 }),
                    })}
                  </li>
                )}
              </ul>
              <p className="mt-1">{t('monitoring.estimate.why')}</p>
            </>
          )}
        </div>
      )}
    </TitledSection>
  )
}
