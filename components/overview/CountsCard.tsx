'use client'

import { useId } from 'react'
import { useT } from '@/components/shell/use-t'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'
import { DatasetDot } from './DatasetDot'
import type { OverviewSide } from './use-overview-side'

/**
 * One dataset's shots: how many pass the filters, split into known and unknown outcomes with a
 * bar, how many went in, and a plain sentence when the browser holds a sample.
 */
export function CountsCard({ name, side }: { name: DatasetName; side: OverviewSide }) {
  const { t, lang } = useT()
  const id = useId()
  const title = t(name === 'dev' ? 'overview.counts.dev' : 'overview.counts.prod')
  const hint = t(name === 'dev' ? 'overview.counts.devHint' : 'overview.counts.prodHint')
  return (
    <div
      role="group"
      aria-labelledby={id}
      data-testid={`counts-${name}`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h3
        id={id}
        className="flex items-center gap-2 text-sm font-semibold text-slate-700 dark:text-slate-200"
      >
        <DatasetDot name={name} />
        {title}
      </h3>
      <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p>
      {side.status !== 'ready' ? (
        <p role="note" className="mt-3 text-sm text-amber-800 dark:text-amber-200">
          {side.status === 'unavailable'
            ? side.missing
              ? t('overview.counts.missing', {
                  dataset: t(name === 'dev' ? 'dataset.dev' : 'dataset.prod').toLocaleLowerCase(
                    lang,
                  ),
                })
              : side.message
            : t('overview.loading')}
        </p>
      ) : (
        <ReadyCounts side={side} />
      )}
    </div>
  )
}

function ReadyCounts({ side }: { side: Extract<OverviewSide, { status: 'ready' }> }) {
  const { t, num, pct } = useT()
  const { rows, labelled, unlabelled, made } = side.sample.counts
  const total = side.loaded.data.target.length
  const labelledShare = rows === 0 ? 0 : labelled / rows
  return (
    <>
      <p
        data-testid="rows"
        className="mt-2 text-3xl font-semibold text-slate-900 tabular-nums dark:text-slate-50"
      >
        {num(rows)}
      </p>
      {rows < total && (
        <p data-testid="filtered" className="text-sm text-slate-600 dark:text-slate-400">
          {t('overview.counts.filtered', { rows: num(rows), total: num(total) })}
        </p>
      )}
      <div
        role="img"
        aria-label={t('overview.counts.bar', {
          labelled: num(labelled),
          unlabelled: num(unlabelled),
        })}
        className="mt-3 flex h-2.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className="bg-slate-700 dark:bg-slate-300"
          style={{ width: `${labelledShare * 100}%` }}
        />
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="flex items-center gap-1.5 text-slate-600 dark:text-slate-400">
            <span
              aria-hidden="true"
              className="inline-block h-2 w-2 rounded-sm bg-slate-700 dark:bg-slate-300"
            />
            {t('overview.counts.labelled')}
          </dt>
          <dd
            data-testid="labelled"
            className="font-semibold text-slate-900 tabular-nums dark:text-slate-100"
          >
            {num(labelled)}{' '}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              ({pct(labelledShare)})
            </span>
          </dd>
          <dd className="text-xs text-slate-500 dark:text-slate-400">
            {t('overview.counts.made', { made: num(made) })}
          </dd>
        </div>
        <div>
          <dt className="flex items-center gap-1.5 text-slate-600 dark:text-slate-400">
            <span
              aria-hidden="true"
              className="inline-block h-2 w-2 rounded-sm bg-slate-200 ring-1 ring-slate-400 dark:bg-slate-700"
            />
            {t('overview.counts.unlabelled')}
          </dt>
          <dd
            data-testid="unlabelled"
            className="font-semibold text-slate-900 tabular-nums dark:text-slate-100"
          >
            {num(unlabelled)}
          </dd>
        </div>
      </dl>
      {side.meta.sampled && (
        <p
          data-testid="sampled"
          className="mt-3 rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/60 dark:text-amber-100"
        >
          {t('overview.counts.sampled', {
            rows: num(side.meta.rows),
            shipped: num(side.meta.shippedRows),
          })}
        </p>
      )}
    </>
  )
}
