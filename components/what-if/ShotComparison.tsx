'use client'

import { useT } from '@/components/shell/use-t'
import type { ServedModelSource } from '@/lib/site-data/model/model-snapshot-types'
import type { ShotRow } from '@/lib/views/what-if/shot-lookup'
import { modelName } from './model-text'

const CONTEXT_ORDER = ['game_date', 'opponent', 'action_type', 'shot_zone_basic'] as const

/**
 * The loaded prod shot beside the live probability: its stored prediction_score must equal the
 * probability computed here (same model JSON), unless the form was edited since or another
 * model than the served one is selected (then it says which model scored the file).
 */
export function ShotComparison({
  row,
  live,
  matchesForm,
  servedOther,
}: {
  row: ShotRow
  live: number | null
  matchesForm: boolean
  /** the served model when the page runs another one, else null */
  servedOther: ServedModelSource | null
}) {
  const i18n = useT()
  const { t, num } = i18n
  const context = CONTEXT_ORDER.flatMap((k) => (row.context[k] ? [row.context[k]] : [])).join(' · ')
  const outcome =
    row.outcome === null
      ? t('outcome.unknown')
      : row.outcome === 1
        ? t('outcome.made')
        : t('outcome.missed')
  const exact = (v: number) => num(v, { minimumFractionDigits: 6, maximumFractionDigits: 16 })
  const diff = row.storedScore !== null && live !== null ? Math.abs(row.storedScore - live) : null
  return (
    <div
      className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-testid="what-if-shot"
    >
      <p className="font-medium text-slate-900 dark:text-slate-50">
        {t('whatIf.shot.caption', { id: row.shotId })}
        {context && (
          <span className="font-normal text-slate-600 dark:text-slate-400"> · {context}</span>
        )}
      </p>
      <dl className="mt-2 grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-3 gap-y-1">
        <dt className="text-slate-500 dark:text-slate-400">{t('whatIf.shot.outcome')}</dt>
        <dd className="text-right">{outcome}</dd>
        <dt className="text-slate-500 dark:text-slate-400">{t('whatIf.shot.stored')}</dt>
        <dd
          className="text-right font-mono tabular-nums"
          data-testid="what-if-stored-score"
          data-value={row.storedScore ?? ''}
        >
          {row.storedScore === null ? '—' : exact(row.storedScore)}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">{t('whatIf.shot.live')}</dt>
        <dd className="text-right font-mono tabular-nums">{live === null ? '—' : exact(live)}</dd>
      </dl>
      <p className="mt-2 text-slate-700 dark:text-slate-300" role="status">
        {!matchesForm
          ? t('whatIf.shot.edited', { id: row.shotId })
          : row.storedScore === null
            ? t('whatIf.shot.noScore')
            : servedOther
              ? t('whatIf.shot.otherModel', {
                  diff: diff === null ? '—' : diff === 0 ? '0' : diff.toExponential(2),
                  served: modelName(servedOther, i18n),
                })
              : diff !== null && diff <= 1e-12
                ? t('whatIf.shot.agree', { diff: diff === 0 ? '0' : diff.toExponential(1) })
                : t('whatIf.shot.disagree', { diff: diff === null ? '—' : diff.toExponential(2) })}
      </p>
    </div>
  )
}
