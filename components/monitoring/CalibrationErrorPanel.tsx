'use client'

import { useT } from '@/components/shell/use-t'
import type { CalibrationSummary } from '@/lib/monitoring/calibration-summary'
import { TitledSection } from '@/components/shell/TitledSection'
import { useReasonText } from './use-reason-text'

const cell = 'px-2 py-1 text-right tabular-nums'

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
        <thead>
          <tr className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-300">
            <th scope="col" className="px-2 py-1 text-left" />
            <th scope="col" className={cell}>
              {t('monitoring.calibration.ece')}
            </th>
            <th scope="col" className={cell}>
              {t('monitoring.calibration.mce')}
            </th>
            <th scope="col" className={cell}>
              {t('monitoring.calibration.brier')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, summary]) => (
            <tr
              key={name}
              data-dataset={name}
              className="border-b border-slate-100 dark:border-slate-800"
            >
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {t(name === 'dev' ? 'dataset.dev' : 'dataset.prod')}
              </th>
              <td className={cell} data-testid="ece">
                {value(summary?.ece)}
              </td>
              <td className={cell} data-testid="mce">
                {value(summary?.mce)}
              </td>
              <td className={cell}>{value(summary?.brier)}</td>
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
