import { parseUrlState, roundThreshold } from './parse-url-state'
import { shotZoneSlug } from './shot-zones'
import { DEFAULT_URL_STATE, URL_PARAMS, type UrlState } from './url-state'

const KNOWN_PARAMS = new Set<string>(Object.values(URL_PARAMS))

/** Percent-encodes a query value but leaves commas readable ("1,2", not "1%2C2"). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',')
}

/** One query-string pair; a list value is written comma-separated. */
function pair(key: string, value: string | readonly string[]): string {
  return `${encode(key)}=${typeof value === 'string' ? encode(value) : value.map(encode).join(',')}`
}

/** The parameters as a query string (without "?"), with readable commas, in their order. */
export function toQueryString(params: URLSearchParams): string {
  return Array.from(params, ([key, value]) => pair(key, value)).join('&')
}

/**
 * Writes the state as a query string (without "?"), leaving out values equal to the defaults,
 * so a default view has a clean URL. Parameters of `base` that are not part of UrlState (a view's
 * own parameters) are kept, in their order, before the state's parameters.
 * `parseUrlState(serialiseUrlState(s)).state` equals `s` for every valid state.
 */
export function serialiseUrlState(state: UrlState, base: URLSearchParams | string = ''): string {
  const params = typeof base === 'string' ? new URLSearchParams(base) : base
  const pairs: string[] = []
  for (const [key, value] of params) if (!KNOWN_PARAMS.has(key)) pairs.push(pair(key, value))

  const d = DEFAULT_URL_STATE
  const threshold = roundThreshold(state.threshold)
  if (threshold !== d.threshold) pairs.push(pair(URL_PARAMS.threshold, String(threshold)))
  if (state.model) pairs.push(pair(URL_PARAMS.model, state.model))
  if (state.run) pairs.push(pair(URL_PARAMS.run, state.run))
  if (state.dataset !== d.dataset) pairs.push(pair(URL_PARAMS.dataset, state.dataset))
  if (state.period.length > 0) {
    const periods = [...new Set(state.period)].sort((a, b) => a - b)
    pairs.push(pair(URL_PARAMS.period, periods.map(String)))
  }
  if (state.playoffs !== d.playoffs) pairs.push(pair(URL_PARAMS.playoffs, String(state.playoffs)))
  if (state.seasonFrom) pairs.push(pair(URL_PARAMS.seasonFrom, state.seasonFrom))
  if (state.seasonTo) pairs.push(pair(URL_PARAMS.seasonTo, state.seasonTo))
  if (state.zone.length > 0) pairs.push(pair(URL_PARAMS.zone, state.zone.map(shotZoneSlug)))
  if (state.lang !== d.lang) pairs.push(pair(URL_PARAMS.lang, state.lang))
  return pairs.join('&')
}

/**
 * The query string after changing some values: parses `query` (invalid values fall back to
 * defaults, so they disappear from the result), applies `patch`, keeps unknown parameters.
 */
export function patchQuery(query: string, patch: Partial<UrlState>): string {
  const { state } = parseUrlState(query)
  return serialiseUrlState({ ...state, ...patch }, query)
}

/** `pathname` with the query attached ("?" only when there is one). */
export function withQuery(pathname: string, query: string): string {
  const clean = query.startsWith('?') ? query.slice(1) : query
  return clean ? `${pathname}?${clean}` : pathname
}
