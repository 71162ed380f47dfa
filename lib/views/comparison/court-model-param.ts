import { toQueryString } from '../../url-state/serialise-url-state'

/** The court's own URL parameter: `?court_model=<key>` colours prod shots by that compared model. */
export const COURT_MODEL_PARAM = 'court_model'

export function parseCourtModelParam(query: string): string | null {
  const value = new URLSearchParams(query).get(COURT_MODEL_PARAM)?.trim()
  return value ? value : null
}

/** `query` with `?court_model=` set (removed when null), other parameters kept in order. */
export function patchCourtModelQuery(query: string, key: string | null): string {
  const params = new URLSearchParams(query)
  params.delete(COURT_MODEL_PARAM)
  if (key !== null) params.set(COURT_MODEL_PARAM, key)
  return toQueryString(params)
}
