import { DEFAULT_MODEL_ARTIFACT } from '../../views/what-if/model-artifact-path'
import type { ModelEntry } from '../model/model-snapshot-types'
import type { ComparedReference } from './choose-compared-models'

/**
 * The what-if list's entry that is the model `ref` names, so the comparison scores it without
 * reading (and unpickling) its file a second time: a registered version by name and version, a
 * run by its id when the entry is the run's default `model/` artifact. Anything else (an alias,
 * a path, a logged-model id) is not matched and is read as before.
 */
export function knownModel(
  ref: ComparedReference,
  entries: readonly ModelEntry[],
): ModelEntry | undefined {
  if (ref.registeredModel !== null && ref.version !== null) {
    return entries.find(
      (e) => e.source.registeredModel === ref.registeredModel && e.source.version === ref.version,
    )
  }
  if (ref.runId === null || ref.reference !== ref.runId) return undefined
  return entries.find(
    (e) =>
      e.source.runId === ref.runId &&
      e.source.artifactPath.startsWith(`${DEFAULT_MODEL_ARTIFACT}/`),
  )
}
