'use client'

import { useT } from '@/components/shell/use-t'
import type { FeatureSpec, ModelEntry } from '@/lib/site-data/model/model-snapshot-types'
import type { ShotRow } from '@/lib/views/what-if/shot-lookup'
import { scoredClass } from '@/lib/views/what-if/what-if-model'
import { featureText } from './feature-text'
import { ModelIdentity } from './ModelIdentity'
import { ShotComparison } from './ShotComparison'

export interface PredictionCardProps {
  /** P(made), or null with the reason (the first invalid input's message) */
  probability: number | null
  reason: string | null
  threshold: number
  /** valid inputs outside the dev (training) range */
  extrapolating: { spec: FeatureSpec; value: number }[]
  row: ShotRow | null
  rowMatchesForm: boolean
  /** the model that computed the probability, and the served one (which scored the prod file) */
  entry: ModelEntry
  served: ModelEntry
}

/** P(made) in large type, the label at the URL's threshold, the loaded shot's stored score, the model. */
export function PredictionCard(props: PredictionCardProps) {
  const i18n = useT()
  const { t, num, pct } = i18n
  const { probability: p, threshold } = props
  // a decoded label ("made", "Acerto"): say which class the probability is of
  const label = scoredClass(props.entry.model)
  const made = p !== null && p >= threshold
  const thresholdText = num(threshold, { minimumFractionDigits: 2, maximumFractionDigits: 4 })
  return (
    <section
      aria-labelledby="what-if-result"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="what-if-result" className="font-semibold text-slate-900 dark:text-slate-50">
        {t('whatIf.result.title')}
      </h2>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {props.entry.kind === 'regressor'
              ? t('whatIf.result.score')
              : typeof label === 'string'
                ? t('whatIf.result.classProbability', { label })
                : t('whatIf.result.probability')}
          </p>
          <p
            className="text-5xl font-semibold tracking-tight text-slate-900 tabular-nums dark:text-slate-50"
            data-testid="what-if-probability"
            data-value={p === null ? '' : String(p)}
            aria-live="polite"
          >
            {p === null ? '—' : pct(p, 1)}
          </p>
          {p !== null && (
            <p className="font-mono text-xs text-slate-500 dark:text-slate-400">
              {t('whatIf.result.exact', {
                value: num(p, { minimumFractionDigits: 6, maximumFractionDigits: 16 }),
              })}
            </p>
          )}
        </div>
        {p !== null && (
          <div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t('whatIf.result.predicted', { threshold: thresholdText })}
            </p>
            <p
              data-testid="what-if-label"
              className={
                'mt-1 inline-block rounded-full px-3 py-1 text-lg font-semibold ' +
                (made
                  ? 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200'
                  : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200')
              }
            >
              {made ? t('outcome.made') : t('outcome.missed')}
            </p>
          </div>
        )}
      </div>
      {p === null && props.reason && (
        <p
          role="alert"
          className="text-sm font-medium text-red-700 dark:text-red-300"
          data-testid="what-if-unavailable"
        >
          {t('whatIf.result.unavailable', { reason: props.reason })}
        </p>
      )}
      {p !== null && props.extrapolating.length > 0 && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {t('whatIf.result.extrapolating', {
            list: props.extrapolating
              .map(({ spec, value }) => {
                const ft = featureText(spec, i18n)
                return `${ft.label} ${ft.value(value)} (${t('whatIf.devRange', { min: ft.value(spec.train!.min), max: ft.value(spec.train!.max) })})`
              })
              .join('; '),
          })}
        </p>
      )}
      {props.row && (
        <ShotComparison
          row={props.row}
          live={p}
          matchesForm={props.rowMatchesForm}
          servedOther={props.entry.key === props.served.key ? null : props.served.source}
        />
      )}
      <ModelIdentity
        source={props.entry.source}
        estimator={props.entry.estimator}
        served={props.entry.key === props.served.key ? null : props.served.source}
      />
    </section>
  )
}
