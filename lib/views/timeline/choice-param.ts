import { toQueryString } from '../../url-state/serialise-url-state'

/** A view's own URL parameter that takes one of a few values (the shell keeps it as it is). */
export interface ChoiceParam<T extends string> {
  name: string
  choices: readonly T[]
  fallback: T
}

/** The parameter's value; absent → the fallback; unknown → the fallback, and the value reported. */
export function readChoice<T extends string>(
  param: ChoiceParam<T>,
  query: string,
): { value: T; invalid: string | null } {
  const raw = new URLSearchParams(query).get(param.name)
  if (raw === null || raw === '') return { value: param.fallback, invalid: null }
  const lower = raw.trim().toLowerCase()
  return (param.choices as readonly string[]).includes(lower)
    ? { value: lower as T, invalid: null }
    : { value: param.fallback, invalid: raw }
}

/** The query with the parameter set (left out for the fallback); other parameters kept. */
export function queryWithChoice<T extends string>(
  param: ChoiceParam<T>,
  query: string,
  value: T,
): string {
  const params = new URLSearchParams(query)
  if (value === param.fallback) params.delete(param.name)
  else params.set(param.name, value)
  return toQueryString(params)
}
