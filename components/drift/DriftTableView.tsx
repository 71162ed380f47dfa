'use client'

import { useMemo, useState, type ReactNode } from 'react'
import { useT } from '@/components/shell/use-t'
import type { MessageKey } from '@/lib/i18n/messages-en'
import type { ViewDriftRow } from '@/lib/views/drift/apply-drift-method'
import { chartAnchor } from '@/lib/views/drift/chart-models'
import { isPValueTest, methodName, ruleText } from '@/lib/views/drift/drift-verdict-text'
import {
  formatDistance,
  formatPValue,
  formatStatistic,
} from '@/lib/views/drift/format-drift-number'
import {
  DEFAULT_DRIFT_SORT,
  nextDriftSort,
  sortDriftRows,
  type DriftSort,
  type DriftSortKey,
} from '@/lib/views/drift/sort-drift-rows'
import { supportCell } from '@/lib/views/drift/support-text'
import { VerdictBadge } from './VerdictBadge'
import { ScrollRegion } from '@/components/shell/ScrollRegion'

const TH =
  'px-3 py-2 text-left align-bottom text-xs font-semibold text-slate-600 dark:text-slate-300'
const TD = 'px-3 py-2 align-top'

/** One row per feature: test, statistic, rule, verdict (colour and text), alternatives, support. */
export function DriftTableView({ rows }: { rows: readonly ViewDriftRow[] }) {
  const { t, lang } = useT()
  const [sort, setSort] = useState<DriftSort>(DEFAULT_DRIFT_SORT)
  const sorted = useMemo(() => sortDriftRows(rows, sort), [rows, sort])

  const sortable = (key: DriftSortKey, label: MessageKey) => (
    <SortableHeader sort={sort} sortKey={key} onSort={() => setSort(nextDriftSort(sort, key))}>
      {t(label)}
    </SortableHeader>
  )

  return (
    <ScrollRegion
      label={t('drift.table.title')}
      className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full min-w-[44rem] border-collapse text-sm" data-testid="drift-table">
        <caption className="sr-only">{t('drift.table.caption')}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            {sortable('feature', 'drift.col.feature')}
            <th scope="col" className={TH}>
              {t('drift.col.test')}
            </th>
            {sortable('statistic', 'drift.col.statistic')}
            <th scope="col" className={TH}>
              {t('drift.col.verdict')}
            </th>
            <th scope="col" className={TH}>
              {t('drift.col.alternatives')}
            </th>
            {sortable('support', 'drift.col.support')}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {sorted.map((row) => {
            const alt = row.alternatives
            return (
              <tr key={row.column} data-column={row.column}>
                <th
                  scope="row"
                  className={`${TD} sticky left-0 bg-white text-left font-medium dark:bg-slate-900`}
                >
                  <a
                    href={`#${chartAnchor(row.column)}`}
                    className="font-mono text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
                    title={t('drift.chartLinkLabel', { feature: row.column })}
                  >
                    {row.column}
                  </a>
                  <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
                    {t('drift.typeDetail', {
                      type: t(
                        row.type === 'numerical'
                          ? 'drift.type.numerical'
                          : 'drift.type.categorical',
                      ),
                      dtype: t(`drift.dtype.${row.dtype}`),
                      distinct: row.distinct,
                    })}
                  </span>
                </th>
                <td className={TD}>
                  {methodName(row.method, t)}
                  {row.keptAuto && (
                    <span className="block text-xs text-slate-500 dark:text-slate-400">
                      {t('drift.keptAuto')}
                    </span>
                  )}
                </td>
                <td className={TD}>
                  <span className="font-mono tabular-nums" data-testid="drift-statistic">
                    {formatStatistic(lang, row.statistic, isPValueTest(row.method))}
                  </span>
                  <span className="block text-xs whitespace-nowrap text-slate-500 dark:text-slate-400">
                    {t('drift.ruleCell', { rule: ruleText(row, t, lang) })}
                  </span>
                </td>
                <td className={TD}>
                  <VerdictBadge drifted={row.drifted} />
                </td>
                <td className={`${TD} text-xs`}>
                  <ul className="space-y-0.5 tabular-nums">
                    <Alternative label={t('drift.alt.psi')} value={formatDistance(lang, alt.psi)} />
                    {alt.ks_statistic !== null && alt.ks_p_value !== null && (
                      <Alternative
                        label={t('drift.alt.ks')}
                        value={`${formatDistance(lang, alt.ks_statistic)} (${t('drift.alt.ksP')} ${formatPValue(lang, alt.ks_p_value)})`}
                      />
                    )}
                    <Alternative
                      label={t('drift.alt.js')}
                      value={formatDistance(lang, alt.jensenshannon)}
                    />
                    {alt.wasserstein_normed !== null && (
                      <Alternative
                        label={t('drift.alt.wasserstein')}
                        value={formatDistance(lang, alt.wasserstein_normed)}
                      />
                    )}
                  </ul>
                </td>
                <td className={`${TD} text-xs`} data-testid="drift-support">
                  {supportCell(row, t, lang).map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

function Alternative({ label, value }: { label: string; value: string }) {
  return (
    <li className="whitespace-nowrap">
      <span className="text-slate-500 dark:text-slate-400">{label}</span>{' '}
      <span className="font-mono">{value}</span>
    </li>
  )
}

function SortableHeader(props: {
  sort: DriftSort
  sortKey: DriftSortKey
  onSort: () => void
  children: ReactNode
}) {
  const { t } = useT()
  const active = props.sort.key === props.sortKey
  const arrow = !active ? '↕' : props.sort.direction === 'ascending' ? '↑' : '↓'
  return (
    <th scope="col" className={TH} aria-sort={active ? props.sort.direction : 'none'}>
      <button
        type="button"
        onClick={props.onSort}
        className="-mx-1 inline-flex items-center gap-1 rounded px-1 hover:bg-slate-100 dark:hover:bg-slate-800"
        aria-label={t('drift.sort.by', { column: String(props.children) })}
      >
        {props.children}
        <span aria-hidden="true" className={active ? '' : 'text-slate-400'}>
          {arrow}
        </span>
      </button>
    </th>
  )
}
