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
  const stage = source.stage ? ` [${source.stage}]` : ''
  return (source.alias ? `${name} @${source.alias}` : name) + stage
}

/**
 * One option of the Model list: `kobe-shot-model v1 @champion — LogisticRegression
 * (Treinamento - LogisticRegression)`; unregistered: `DecisionTreeClassifier(max_depth=4)
 * (Treinamento - DecisionTree)`; a pickle: `student v2 [Production] — Pipeline(StandardScaler,
 * LogisticRegression) (run name)`.
 */
export function modelOptionLabel(entry: ModelEntry, i18n: Pick<I18n, 't'>): string {
  const run = entry.source.runName ?? entry.source.runId.slice(0, 8)
  const described = `${entry.estimator} (${run})`
  return entry.source.registeredModel === null
    ? described
    : `${modelName(entry.source, i18n)} — ${described}`
}
