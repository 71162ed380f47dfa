import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import type { IgnoredParam } from '../../url-state/ignored-param'
import { defaultText } from './check-inputs'

/** The view's own URL parameters: `wi_<feature>` per input and `wi_shot` for the loaded shot. */
export const WHAT_IF_PREFIX = 'wi_'
export const SHOT_PARAM = 'wi_shot'

export const paramOf = (feature: string) => `${WHAT_IF_PREFIX}${feature}`

export interface WhatIfQuery {
  /** typed text per feature: the URL's value, else the spec's default */
  raw: Record<string, string>
  /** the prod shot_id the form was filled from, if any */
  shotId: string | null
  /** true when at least one input came from the URL */
  fromUrl: boolean
}

/** Reads the form from a query string (without "?"); absent inputs take their defaults. */
export function readWhatIfQuery(query: string, specs: readonly FeatureSpec[]): WhatIfQuery {
  const params = new URLSearchParams(query)
  const raw: Record<string, string> = {}
  let fromUrl = false
  for (const spec of specs) {
    const value = params.get(paramOf(spec.name))
    if (value !== null) fromUrl = true
    raw[spec.name] = value ?? defaultText(spec)
  }
  const shot = params.get(SHOT_PARAM)?.trim()
  return { raw, shotId: shot ? shot : null, fromUrl }
}

/** Percent-encodes a value but leaves commas readable, like the shared URL state does. */
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',')

/**
 * The query string with the form written in: the view's parameters first (in the specs' order,
 * as typed, so a link reproduces even an invalid entry), then every other parameter as it was.
 */
export function writeWhatIfQuery(
  query: string,
  specs: readonly FeatureSpec[],
  raw: Readonly<Record<string, string>>,
  shotId: string | null,
): string {
  const pairs = specs.map((s) => `${encode(paramOf(s.name))}=${encode(raw[s.name] ?? '')}`)
  if (shotId) pairs.push(`${SHOT_PARAM}=${encode(shotId)}`)
  for (const [key, value] of new URLSearchParams(query)) {
    if (!key.startsWith(WHAT_IF_PREFIX)) pairs.push(`${encode(key)}=${encode(value)}`)
  }
  return pairs.join('&')
}

/** The what-if view's parameters it cannot use, with the reason (empty for a clean URL). */
export function ignoredWhatIfParams(query: string, specs: readonly FeatureSpec[]): IgnoredParam[] {
  const params = new URLSearchParams(query)
  const known = new Set(specs.map((s) => paramOf(s.name)))
  const ignored: IgnoredParam[] = []
  for (const [key, value] of params) {
    if (key === SHOT_PARAM) {
      if (!/^\d+$/.test(value.trim()))
        ignored.push({ param: key, value, reason: 'url.reason.notShotId' })
    } else if (key.startsWith(WHAT_IF_PREFIX) && !known.has(key)) {
      ignored.push({ param: key, value, reason: 'url.reason.notModelInput' })
    }
  }
  return ignored
}
