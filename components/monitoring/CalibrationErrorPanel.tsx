'use client'

import { useT } from '@/components/shell/use-t'
import type { CalibrationSummary } from '@/lib/monitoring/calibration-summary'
import { TitledSection } from '@/components/shell/TitledSection'
import { useReasonText } from './use-reason-text'
import { CompactTableHead, NUMBER_CELL, ROW_HEADER_CELL } from '@/components/shell/CompactTableHead'

/** ECE, MCE and Brier, dev and prod, of the shots the reliability diagram draws. */
export function CalibrationErrorPanel({
  dev,
  prod,
}: {
  dev: CalibrationSummary | null
  prod: CalibrationSummary | null
}) {
  const { t, num } = useT()
  const reasons = useReasonText()
  const value = (v: number | null | undefined) =>
    v === null || v === undefined
      ? '–'
      : num(v, { maximumFractionDigits: 3, minimumFractionDigits: 3 })
  const rows = [
    ['dev', dev],
    ['prod', prod],
  ] as const
  return (
    <TitledSection
      framed
      title={t('monitoring.calibration.title')}
      description={t('monitoring.calibration.description')}
      testId="calibration-error"
    >
      <table className="w-full text-sm">
        <CompactTableHead
          columns={[
            { label: '' },
            { label: t('monitoring.calibration.ece'), numeric: true },
            { label: t('monitoring.calibration.mce'), numeric: true },
            { label: t('monitoring.calibration.brier'), numeric: true },
          ]}
        />
        <tbody>
          {rows.map(([name, summary]) => (
            <tr
              key={name}
              data-dataset={name}
              className="border-b border-slate-100 dark:border-slate-800"
            >
              <th scope="row" className={ROW_HEADER_CELL}>
                {t(name === 'dev' ? 'dataset.dev' : 'dataset.prod')}
              </th>
              <td className={NUMBER_CELL} data-testid="ece">
                {value(summary?.ece)}
              </td>
              <td className={NUMBER_CELL} data-testid="mce">
                {value(summary?.mce)}
              </td>
              <td className={NUMBER_CELL}>{value(summary?.brier)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.map(
        ([name, s]) =>
          s?.unavailable && (
            <p key={name} role="note" className="mt-2 text-sm">
              {reasons.text(s.reason, s.unavailable)}
            </p>
          ),
      )}
    </TitledSection>
  )
}
