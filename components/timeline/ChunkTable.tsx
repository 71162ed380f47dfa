'use client'

import { useT } from '@/components/shell/use-t'
import type { ChunkResult } from '@/lib/monitoring/chunk-report'
import { ScrollRegion } from '@/components/shell/ScrollRegion'
import { useReasonText } from '@/components/monitoring/use-reason-text'
import { CompactTableHead, NUMBER_CELL } from '@/components/shell/CompactTableHead'

/**
 * Every chunk in one row: shots, labelled share, the realised and estimated reactive metric,
 * drifted features and its alerts. A figure a chunk cannot have says why, in words.
 */
export function ChunkTable({
  chunks,
  metric,
  trusted,
}: {
  chunks: readonly ChunkResult[]
  metric: string
  trusted: boolean
}) {
  const { t, num, pct } = useT()
  const reasons = useReasonText()
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? null : num(v, { maximumFractionDigits: 3 })
  const why = (reason: string | undefined) => (
    <span className="inline-block max-w-[16rem] text-left text-xs whitespace-normal text-slate-500 dark:text-slate-400">
      {reason ?? '–'}
    </span>
  )
  return (
    <ScrollRegion
      label={t('timeline.table.title')}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full text-sm" data-testid="chunk-table">
        <caption className="mb-2 text-left text-lg font-semibold text-slate-900 dark:text-slate-50">
          {t('timeline.table.title')}
        </caption>
        <CompactTableHead
          columns={[
            { label: t('timeline.table.chunk') },
            { label: t('timeline.table.alerts') },
            { label: t('timeline.table.rows'), numeric: true },
            { label: t('timeline.table.labelled'), numeric: true },
            { label: t('timeline.table.realised', { metric }), numeric: true },
            { label: t('timeline.table.estimated', { metric }), numeric: true },
            { label: t('timeline.table.drift') },
          ]}
        />
        <tbody>
          {chunks.map((c) => {
            const realised = value(c.realised.values[metric])
            const estimated = value(c.estimated.values[metric])
            const interval = c.estimated.interval[metric]
            const alerts = [
              c.alerts?.realised && t('timeline.alert.realised', { metric }),
              c.alerts?.estimated && t('timeline.alert.estimated'),
              c.alerts?.dataset_drift && t('timeline.alert.drift'),
            ].filter((a): a is string => typeof a === 'string')
            const drifted = c.features.filter((f) => f.drift).map((f) => f.name)
            return (
              <tr
                key={c.key}
                data-testid="chunk-row"
                data-chunk={c.key}
                data-alerting={alerts.length > 0 ? 'true' : 'false'}
                className={
                  'border-b border-slate-100 align-top dark:border-slate-800 ' +
                  (alerts.length ? 'bg-red-50/60 dark:bg-red-950/30' : '')
                }
              >
                <th scope="row" className="px-2 py-1 text-left font-medium whitespace-nowrap">
                  {c.key}
                </th>
                <td
                  className={
                    'min-w-[12rem] px-2 py-1 ' +
                    (alerts.length ? 'font-medium text-red-800 dark:text-red-200' : '')
                  }
                  data-testid="chunk-alerts"
                >
                  {alerts.length ? alerts.join('; ') : t('timeline.alert.none')}
                </td>
                <td className={NUMBER_CELL}>{num(c.rows)}</td>
                <td className={NUMBER_CELL}>
                  {c.labelled_share === null ? '–' : pct(c.labelled_share, 0)}
                </td>
                <td className={NUMBER_CELL} data-testid="chunk-realised">
                  {realised ?? why(reasons.missing(c.realised, metric))}
                </td>
                <td className={NUMBER_CELL + ' whitespace-nowrap'} data-testid="chunk-estimated">
                  {estimated === null ? (
                    why(reasons.missing(c.estimated, metric, 'all'))
                  ) : (
                    <>
                      {estimated}
                      {interval && (
                        <span className="text-xs text-slate-500 dark:text-slate-400">
                          {' '}
                          [{value(interval[0])} – {value(interval[1])}]
                        </span>
                      )}
                      {!trusted && (
                        <span className="block text-xs text-red-700 dark:text-red-300">
                          {t('timeline.untrusted')}
                        </span>
                      )}
                    </>
                  )}
                </td>
                <td className="min-w-[12rem] px-2 py-1">
                  {c.features.length === 0
                    ? why(reasons.missing(c, 'drift'))
                    : drifted.join(', ') || '–'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
