import type { I18n } from '@/components/shell/use-t'
import type { ModelEntry, ServedModelSource } from '@/lib/site-data/model/model-snapshot-types'

/** `kobe-shot-model v1 @champion`, or `run 1a2b3c4d` for a model without a registry entry. */
export function modelName(source: ServedModelSource, { t }: Pick<I18n, 't'>): string {
  if (source.registeredModel === null)
    return t('whatIf.selector.unregistered', { run: source.runId.slice(0, 8) })
  const name = t('whatIf.selector.registered', {
    name: source.registeredModel,
    version: String(source.version),
  })
  return source.alias ? `${name} @${source.alias}` : name
}

/**
 * One option of the Model list: `kobe-shot-model v1 @champion — Logistic regression
 * (Treinamento - LogisticRegression)`; unregistered: `Decision tree (Treinamento - DecisionTree)`.
 */
export function modelOptionLabel(entry: ModelEntry, i18n: Pick<I18n, 't'>): string {
  const { t } = i18n
  const type =
    entry.model.type === 'logistic_regression'
      ? t('whatIf.model.type.logistic_regression')
      : t('whatIf.selector.type.decision_tree')
  const run = entry.source.runName ?? entry.source.runId.slice(0, 8)
  const described = `${type} (${run})`
  return entry.source.registeredModel === null
    ? described
    : `${modelName(entry.source, i18n)} — ${described}`
}
