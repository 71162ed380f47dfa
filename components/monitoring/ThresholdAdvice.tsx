'use client'

import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import type { ThresholdOptima, ValueMatrix } from '@/lib/monitoring/threshold-optimum'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'
import { CRITERIA, CRITERION_KEYS, urlThreshold } from '@/lib/views/performance/optima-marks'
import { TitledSection } from '@/components/shell/TitledSection'
import { useReasonText } from './use-reason-text'
import { CompactTableHead, NUMBER_CELL, ROW_HEADER_CELL } from '@/components/shell/CompactTableHead'

const CELLS = ['tp', 'fp', 'fn', 'tn'] as const

export interface ThresholdAdviceProps {
  optima: Partial<Record<DatasetName, ThresholdOptima>>
  /** the cells as typed (a cell may be mid-edit) */
  matrixText: Record<keyof ValueMatrix, string>
  onMatrixText: (cell: keyof ValueMatrix, text: string) => void
  /** false when a cell is not a number */
  matrixValid: boolean
}

/**
 * The thresholds maximising F1, Youden's J and value, dev and prod, each with a button that
 * sets the dashboard's threshold (URL `threshold`), and the editable 2 × 2 value matrix the
 * value optimum follows.
 */
export function ThresholdAdvice({
  optima,
  matrixText,
  onMatrixText,
  matrixValid,
}: ThresholdAdviceProps) {
  const { t, num } = useT()
  const reasons = useReasonText()
  const { update, state } = useUrlState()
  const datasets = (['dev', 'prod'] as const).filter((d) => optima[d])
  const label = (d: DatasetName) => t(d === 'dev' ? 'dataset.dev' : 'dataset.prod')
  const fmt = (v: number) => num(v, { maximumFractionDigits: 4, minimumFractionDigits: 2 })
  return (
    <TitledSection
      framed
      title={t('monitoring.thresholds.title')}
      description={t('monitoring.thresholds.description')}
      testId="threshold-advice"
    >
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <table className="w-full text-sm">
          <CompactTableHead
            columns={[
              { label: t('monitoring.thresholds.criterion') },
              ...datasets.map((d) => ({ key: d, label: label(d), numeric: true })),
            ]}
          />
          <tbody>
            {CRITERIA.map((criterion) => (
              <tr
                key={criterion}
                data-criterion={criterion}
                className="border-b border-slate-100 dark:border-slate-800"
              >
                <th scope="row" className={ROW_HEADER_CELL}>
                  {t(CRITERION_KEYS[criterion])}
                </th>
                {datasets.map((d) => {
                  const o = optima[d]!
                  const choice = o[criterion]
                  if (!choice) {
                    return (
                      <td key={d} className={NUMBER_CELL}>
                        <span className="text-xs text-slate-500">
                          {reasons.missing(o, criterion, 'all') ?? '–'}
                        </span>
                      </td>
                    )
                  }
                  const target = urlThreshold(choice.threshold)
                  return (
                    <td key={d} className={NUMBER_CELL} data-dataset={d}>
                      <span data-testid="optimum">{fmt(choice.threshold)}</span>{' '}
                      <span className="text-xs text-slate-500 dark:text-slate-400">
                        ({num(choice.value, { maximumFractionDigits: 3 })})
                      </span>{' '}
                      <button
                        type="button"
                        disabled={state.threshold === target}
                        aria-label={t('monitoring.thresholds.useLabel', {
                          threshold: fmt(target),
                          criterion: t(CRITERION_KEYS[criterion]),
                          dataset: label(d),
                        })}
                        onClick={() => update({ threshold: target })}
                        className="ml-1 rounded-md border border-blue-600 px-2 py-0.5 text-xs font-semibold text-blue-700 hover:bg-blue-50 disabled:border-slate-300 disabled:text-slate-400 dark:border-blue-400 dark:text-blue-300 dark:hover:bg-blue-950"
                      >
                        {t('monitoring.thresholds.use', { threshold: fmt(target) })}
                      </button>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <fieldset data-testid="cost-matrix">
          <legend className="font-semibold text-slate-900 dark:text-slate-50">
            {t('monitoring.cost.title')}
          </legend>
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
            {t('monitoring.cost.description')}
          </p>
          <div className="grid grid-cols-2 gap-2">
            {CELLS.map((c) => (
              <label key={c} className="text-xs font-medium text-slate-700 dark:text-slate-200">
                {t(`monitoring.cost.${c}`)}
                <input
                  type="number"
                  step="any"
                  value={matrixText[c]}
                  onChange={(e) => onMatrixText(c, e.target.value)}
                  className="mt-0.5 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-800"
                />
              </label>
            ))}
          </div>
          {!matrixValid && (
            <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
              {t('monitoring.cost.invalid')}
            </p>
          )}
          <ul className="mt-2 space-y-1 text-sm" data-testid="cost-result">
            {datasets.map((d) => {
              const v = optima[d]!.value
              return (
                <li key={d}>
                  {v
                    ? t('monitoring.cost.best', {
                        dataset: label(d),
                        threshold: fmt(v.threshold),
                        value: num(v.value, { maximumFractionDigits: 3 }),
                        perRow: num(v.perRow, { maximumFractionDigits: 4 }),
                      })
                    : t('monitoring.cost.noRows', {
                        dataset: label(d),
                        reason: Object.keys(optima[d]!.unavailable)
                          .map((key) => reasons.missing(optima[d]!, key))
                          .join('; '),
                      })}
                </li>
              )
            })}
          </ul>
        </fieldset>
      </div>
    </TitledSection>
  )
}
