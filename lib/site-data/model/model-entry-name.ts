import type { ModelEntry } from './model-snapshot-types'

/** `kobe-shot-model version 2 (LogisticRegression)`, `run Treinamento (1a2b3c4d) (DecisionTreeClassifier)` */
export function modelEntryName(entry: ModelEntry): string {
  const s = entry.source
  const who =
    s.registeredModel !== null
      ? `${s.registeredModel} version ${s.version}`
      : `run ${s.runName ? `${s.runName} (${s.runId.slice(0, 8)})` : s.runId}`
  return `${who} (${entry.estimator})`
}
