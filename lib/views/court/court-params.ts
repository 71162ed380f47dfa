import { toQueryString } from '../../url-state/serialise-url-state'

/** What the shot colours mean in points mode. */
export type CourtColorBy = 'outcome' | 'probability' | 'error'
/** One map per dataset with dots or hexagons, or both datasets on one map. */
export type CourtMode = 'points' | 'hexbin' | 'overlay'
/** What a hexagon's colour shows in hexbin mode. */
export type CourtHexValue = 'count' | 'probability' | 'fg'
/** Half court (baseline to half-court line) or the full length, for backcourt shots. */
export type CourtExtentParam = 'half' | 'full'

export const COURT_COLOR_BYS: readonly CourtColorBy[] = ['outcome', 'probability', 'error']
export const COURT_MODES: readonly CourtMode[] = ['points', 'hexbin', 'overlay']
export const COURT_HEX_VALUES: readonly CourtHexValue[] = ['count', 'probability', 'fg']
export const COURT_EXTENTS: readonly CourtExtentParam[] = ['half', 'full']

/** The Court view's own URL parameters (the shell keeps parameters it does not know). */
export interface CourtParams {
  colorBy: CourtColorBy
  mode: CourtMode
  hex: CourtHexValue
  extent: CourtExtentParam
}

export const COURT_PARAM_NAMES = {
  colorBy: 'color_by',
  mode: 'map_mode',
  hex: 'hex',
  extent: 'court',
} as const satisfies Record<keyof CourtParams, string>

export const DEFAULT_COURT_PARAMS: Readonly<CourtParams> = Object.freeze({
  colorBy: 'outcome',
  mode: 'points',
  hex: 'count',
  extent: 'half',
})

/** A value that was not understood: the parameter, the value, and the default used instead. */
export interface CourtParamIssue {
  param: string
  value: string
  fallback: string
  allowed: readonly string[]
}

const ALLOWED = {
  colorBy: COURT_COLOR_BYS,
  mode: COURT_MODES,
  hex: COURT_HEX_VALUES,
  extent: COURT_EXTENTS,
} as const satisfies Record<keyof CourtParams, readonly string[]>

const KEYS = Object.keys(COURT_PARAM_NAMES) as (keyof CourtParams)[]

/** Reads the Court view's parameters; unknown values fall back to the default and are reported. */
export function parseCourtParams(query: string): {
  params: CourtParams
  issues: CourtParamIssue[]
} {
  const search = new URLSearchParams(query)
  const params: CourtParams = { ...DEFAULT_COURT_PARAMS }
  const issues: CourtParamIssue[] = []
  for (const key of KEYS) {
    const param = COURT_PARAM_NAMES[key]
    const value = search.get(param)
    if (value === null) continue
    const allowed: readonly string[] = ALLOWED[key]
    const clean = value.trim().toLowerCase()
    if (allowed.includes(clean)) Object.assign(params, { [key]: clean })
    else issues.push({ param, value, fallback: DEFAULT_COURT_PARAMS[key], allowed })
  }
  return { params, issues }
}

/**
 * The query after changing some Court parameters: other parameters stay in place, a default
 * value leaves the URL (so does a value that was not understood), others are set.
 */
export function patchCourtQuery(query: string, patch: Partial<CourtParams>): string {
  const search = new URLSearchParams(query)
  const { params } = parseCourtParams(query)
  const next = { ...params, ...patch }
  for (const key of KEYS) {
    const param = COURT_PARAM_NAMES[key]
    if (next[key] === DEFAULT_COURT_PARAMS[key]) search.delete(param)
    else search.set(param, next[key])
  }
  return toQueryString(search)
}
