'use client'

import { useId } from 'react'
import { useT } from '@/components/shell/use-t'
import type { MetricCard } from '@/lib/views/overview/metric-cards'
import { formatMetricValue } from '@/lib/views/overview/overview-format'
import { DatasetDot } from './DatasetDot'
import { DeltaBadge } from './DeltaBadge'

/** One metric: dev and prod side by side, prod emphasised, and the delta prod − dev. */
export function MetricCardView({ card }: { card: MetricCard }) {
  const { t, lang } = useT()
  const id = useId()
  const value = (v: number | null) => (v === null ? '–' : formatMetricValue(lang, v))
  const noValue = t('overview.metrics.noValue')
  return (
    <div
      role="group"
      aria-labelledby={id}
      data-testid={`metric-${card.key}`}
      className="flex flex-col rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <h4 id={id} className="text-sm font-semibold text-slate-700 dark:text-slate-200">
          {t(card.label)}
        </h4>
        {card.lowerIsBetter && (
          <span className="text-xs text-slate-500 dark:text-slate-400">
            {t('overview.metrics.lowerIsBetter')}
          </span>
        )}
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:gap-3">
        <div className="min-w-0">
          <dt className="flex min-w-0 items-center gap-1.5 text-xs font-medium text-slate-500 dark:text-slate-400">
            <DatasetDot name="dev" />
            <span className="truncate" title={t('dataset.dev')}>
              {t('overview.metrics.devShort')}
            </span>
          </dt>
          <dd
            data-testid="dev"
            title={card.dev === null ? noValue : undefined}
            className="mt-0.5 text-lg text-slate-700 tabular-nums sm:text-xl dark:text-slate-300"
          >
            {value(card.dev)}
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="flex min-w-0 items-center gap-1.5 text-xs font-medium text-slate-500 dark:text-slate-400">
            <DatasetDot name="prod" />
            <span className="truncate" title={t('dataset.prod')}>
              {t('overview.metrics.prodShort')}
            </span>
          </dt>
          <dd
            data-testid="prod"
            title={card.prod === null ? noValue : undefined}
            className="mt-0.5 text-xl font-semibold text-slate-900 tabular-nums sm:text-2xl dark:text-slate-50"
          >
            {value(card.prod)}
          </dd>
        </div>
      </dl>
      <div className="mt-auto pt-3">
        <DeltaBadge delta={card.delta} direction={card.direction} />
      </div>
    </div>
  )
}
