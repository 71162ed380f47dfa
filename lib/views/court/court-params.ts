import { POINT_CAP } from '../../court/point-sample'
import { toQueryString } from '../../url-state/serialise-url-state'

/** What the shot colours mean in points mode. */
export type CourtColorBy = 'outcome' | 'probability' | 'error'
/** One map per dataset with dots or hexagons, or both datasets on one map. */
export type CourtMode = 'points' | 'hexbin' | 'overlay'
/** What a hexagon's colour shows in hexbin mode (error: share misclassified at the threshold). */
export type CourtHexValue = 'count' | 'probability' | 'fg' | 'error'
/** Half court (baseline to half-court line) or the full length, for backcourt shots. */
export type CourtExtentParam = 'half' | 'full'

export const COURT_COLOR_BYS: readonly CourtColorBy[] = ['outcome', 'probability', 'error']
export const COURT_MODES: readonly CourtMode[] = ['points', 'hexbin', 'overlay']
export const COURT_HEX_VALUES: readonly CourtHexValue[] = ['count', 'probability', 'fg', 'error']
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

/** Which parameters the URL names (with a value understood), as opposed to defaults. */
export type CourtExplicit = Record<keyof CourtParams, boolean>

/** Reads the Court view's parameters; unknown values fall back to the default and are reported. */
export function parseCourtParams(query: string): {
  params: CourtParams
  explicit: CourtExplicit
  issues: CourtParamIssue[]
} {
  const search = new URLSearchParams(query)
  const params: CourtParams = { ...DEFAULT_COURT_PARAMS }
  const explicit: CourtExplicit = { colorBy: false, mode: false, hex: false, extent: false }
  const issues: CourtParamIssue[] = []
  for (const key of KEYS) {
    const param = COURT_PARAM_NAMES[key]
    const value = search.get(param)
    if (value === null) continue
    const allowed: readonly string[] = ALLOWED[key]
    const clean = value.trim().toLowerCase()
    if (allowed.includes(clean)) {
      Object.assign(params, { [key]: clean })
      explicit[key] = true
    } else issues.push({ param, value, fallback: DEFAULT_COURT_PARAMS[key], allowed })
  }
  return { params, explicit, issues }
}

/** The hexagon colour that carries points mode's colouring: made share, mean P(made), errors. */
const HEX_FOR_COLOR: Record<CourtColorBy, CourtHexValue> = {
  outcome: 'fg',
  probability: 'probability',
  error: 'error',
}

/**
 * The parameters the court is drawn with. Above `cap` placed shots (after the filters) a court
 * without an explicit `map_mode` draws hexagons: a capped sample of points says nothing about
 * density. Their colour then follows `color_by` (unless `hex` is given): made share for the
 * outcome, mean P(made) for the probability, error share at the threshold for the error type.
 * `auto` says the hexagons were chosen by size, for the sentence that offers points instead.
 */
export function resolveCourtParams(
  params: CourtParams,
  explicit: CourtExplicit,
  shots: number,
  cap: number = POINT_CAP,
): { params: CourtParams; auto: boolean } {
  if (explicit.mode || shots <= cap) return { params, auto: false }
  const hex = explicit.hex ? params.hex : HEX_FOR_COLOR[params.colorBy]
  return { params: { ...params, mode: 'hexbin', hex }, auto: true }
}

/** Parameters whose default depends on the data: a choice of them is written even when default. */
const ALWAYS_WRITTEN: readonly (keyof CourtParams)[] = ['mode', 'hex']

/**
 * The query after changing some Court parameters: other parameters stay in place, a default
 * value leaves the URL (so does a value that was not understood), others are set. A patched
 * mode or hexagon colour stays in the URL even at its default (`map_mode=points` keeps points
 * above the point cap), and so does one the URL already named.
 */
export function patchCourtQuery(query: string, patch: Partial<CourtParams>): string {
  const search = new URLSearchParams(query)
  const { params, explicit } = parseCourtParams(query)
  const next = { ...params, ...patch }
  for (const key of KEYS) {
    const param = COURT_PARAM_NAMES[key]
    const kept = ALWAYS_WRITTEN.includes(key) && (explicit[key] || key in patch)
    if (next[key] === DEFAULT_COURT_PARAMS[key] && !kept) search.delete(param)
    else search.set(param, next[key])
  }
  return toQueryString(search)
}
