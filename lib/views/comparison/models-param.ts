import { toQueryString } from '../../url-state/serialise-url-state'

/** The comparison's own URL parameter: `?models=a,b` (model keys of comparison.json). */
export const MODELS_PARAM = 'models'

/** The keys listed in `?models=` (comma-separated, repeated or not), or null when absent. */
export function parseModelsParam(query: string): string[] | null {
  const params = new URLSearchParams(query)
  if (!params.has(MODELS_PARAM)) return null
  return params
    .getAll(MODELS_PARAM)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

/** `query` with `?models=` set to `keys` (removed when null), other parameters kept in order. */
export function patchModelsQuery(query: string, keys: readonly string[] | null): string {
  const params = new URLSearchParams(query)
  params.delete(MODELS_PARAM)
  if (keys !== null) params.set(MODELS_PARAM, keys.join(','))
  return toQueryString(params)
}

/**
 * The models shown: the URL's keys that the build compared, in the build's order; every
 * compared model when the URL names none (or none the build has), and `unknown` lists the
 * URL's keys the build lacks, for a notice.
 */
export function selectModels<T extends { key: string }>(
  models: readonly T[],
  keys: readonly string[] | null,
): { shown: T[]; unknown: string[] } {
  if (keys === null) return { shown: [...models], unknown: [] }
  const known = new Set(models.map((m) => m.key))
  const unknown = keys.filter((k) => !known.has(k))
  const shown = models.filter((m) => keys.includes(m.key))
  return { shown: shown.length > 0 ? shown : [...models], unknown }
}
