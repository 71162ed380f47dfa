import type { DriftMethod } from '../../drift/drift-methods'
import { toQueryString } from '../../url-state/serialise-url-state'

/** What the method selector offers: Evidently's automatic choice, or one test for every column. */
export const DRIFT_METHOD_CHOICES = ['auto', 'psi', 'ks', 'jensenshannon', 'wasserstein'] as const
export type DriftMethodChoice = (typeof DRIFT_METHOD_CHOICES)[number]

/** The view's own URL parameter; the shell keeps parameters it does not know. */
export const DRIFT_METHOD_PARAM = 'drift_method'

export function isDriftMethodChoice(value: string): value is DriftMethodChoice {
  return (DRIFT_METHOD_CHOICES as readonly string[]).includes(value)
}

/** The choice as a DriftMethod, or null for Evidently's automatic choice. */
export function choiceMethod(choice: DriftMethodChoice): DriftMethod | null {
  return choice === 'auto' ? null : choice
}

export interface ParsedDriftMethod {
  choice: DriftMethodChoice
  /** the value that was not understood (then `auto` is used), or null */
  invalid: string | null
}

/** Reads `drift_method` from a query string; absent → auto; unknown → auto, reported. */
export function parseDriftMethodParam(query: string): ParsedDriftMethod {
  const value = new URLSearchParams(query).get(DRIFT_METHOD_PARAM)
  if (value === null || value === '') return { choice: 'auto', invalid: null }
  const lower = value.trim().toLowerCase()
  return isDriftMethodChoice(lower)
    ? { choice: lower, invalid: null }
    : { choice: 'auto', invalid: value }
}

/**
 * The query string with `drift_method` set (left out for `auto`, so the default URL stays clean),
 * every other parameter kept in place, encoded as the shell encodes them (readable commas).
 */
export function queryWithDriftMethod(query: string, choice: DriftMethodChoice): string {
  const params = new URLSearchParams(query)
  if (choice === 'auto') params.delete(DRIFT_METHOD_PARAM)
  else params.set(DRIFT_METHOD_PARAM, choice)
  return toQueryString(params)
}
