import { numberFromJson } from '../../tracking/json-non-finite'

/** Reading fields of untrusted JSON without `any`. */
export type JsonObject = Record<string, unknown>

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : null
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

export function asString(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return null
}

/** int64 fields come as JSON numbers (MLflow) or strings (generic proto JSON); both accepted. */
export function asNumber(value: unknown): number | null {
  return numberFromJson(value)
}

/** `[{key, value}]` (MLflow's tag and param lists) as a record. */
export function keyValues(value: unknown): Record<string, string> {
  const record: Record<string, string> = {}
  for (const item of asArray(value)) {
    const entry = asObject(item)
    const key = asString(entry?.key)
    if (key !== null) record[key] = asString(entry?.value) ?? ''
  }
  return record
}
