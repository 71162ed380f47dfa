import type {
  ModelEntry,
  ModelSnapshot,
  ServedModelSource,
} from '../../site-data/model/model-snapshot-types'

export interface ModelSelection {
  /** index into the models; 0 (the served model) when the URL names none or an unknown one */
  index: number
  /** the URL's `model` value when it names no model in the list, else null */
  unknown: string | null
}

/** The snapshot's models, served first. */
export function snapshotModels(snapshot: ModelSnapshot): ModelEntry[] {
  return snapshot.models
}

/**
 * The stable key of a model in the URL's `model`: `name/version` when registered, else the run
 * id (`<run id>:<folder>` for a model logged elsewhere than the run's `model/` folder).
 */
export function modelKey(source: ServedModelSource): string {
  if (source.registeredModel !== null && source.version !== null)
    return `${source.registeredModel}/${source.version}`
  const folder = source.artifactPath.split('/').slice(0, -1).join('/')
  return folder === 'model' ? source.runId : `${source.runId}:${folder || '.'}`
}

/**
 * Which model the URL's `model` names: an entry's key (`name/version` or a run id), a
 * `name@alias`, or a bare registered `name` (its first listed version, the alias holder first).
 */
export function selectModel(models: readonly ModelEntry[], param: string | null): ModelSelection {
  if (!param) return { index: 0, unknown: null }
  let index = models.findIndex((m) => m.key === param || m.source.runId === param)
  if (index < 0) {
    const at = param.lastIndexOf('@')
    const [name, alias] = at > 0 ? [param.slice(0, at), param.slice(at + 1)] : [param, null]
    index = models.findIndex(
      (m) => m.source.registeredModel === name && (alias === null || m.source.alias === alias),
    )
  }
  return index < 0 ? { index: 0, unknown: param } : { index, unknown: null }
}
