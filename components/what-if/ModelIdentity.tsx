'use client'

import { useT } from '@/components/shell/use-t'
import type { ServedModelSource } from '@/lib/site-data/model/model-snapshot-types'
import { modelName } from './model-text'

/** Which model answers: registered name, version and alias, its run, its type and why it was chosen. */
export function ModelIdentity({
  source,
  estimator,
  served = null,
}: {
  source: ServedModelSource | null
  /** the estimator, e.g. `Pipeline(StandardScaler, LogisticRegression)` */
  estimator: string
  /** the served model when `source` is another one chosen in the Model list */
  served?: ServedModelSource | null
}) {
  const i18n = useT()
  const { t } = i18n
  const rows: [string, string][] = []
  if (source) {
    rows.push([
      served ? t('whatIf.model.titleSelected') : t('whatIf.model.title'),
      source.registeredModel
        ? t('whatIf.model.registered', {
            name: source.registeredModel,
            version: String(source.version),
          }) +
          (source.alias ? ` · ${t('whatIf.model.alias', { alias: source.alias })}` : '') +
          (source.stage ? ` · ${t('whatIf.model.stage', { stage: source.stage })}` : '')
        : t('whatIf.model.unregistered'),
    ])
    rows.push([t('whatIf.model.run'), `${source.runName ?? '—'} (${source.runId.slice(0, 8)})`])
  }
  rows.push([t('whatIf.model.type'), estimator])
  if (source) {
    rows.push([
      t('whatIf.model.chosenBy'),
      served
        ? t('whatIf.model.chosenBy.selected', { served: modelName(served, i18n) })
        : t(`whatIf.model.chosenBy.${source.chosenBy}`, { alias: source.alias ?? 'champion' }),
    ])
    if (source.selectionReason) rows.push([t('whatIf.model.reason'), source.selectionReason])
  }
  return (
    <dl
      className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm"
      data-testid="what-if-model"
    >
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{term}</dt>
          <dd
            className="min-w-0 break-words text-slate-800 dark:text-slate-100"
            title={term === t('whatIf.model.run') ? source?.runId : undefined}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
