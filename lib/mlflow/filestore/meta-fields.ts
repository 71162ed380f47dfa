import { parseLifecycle } from '../../tracking/parse-lifecycle'
import type { Lifecycle } from '../../tracking/types'

/**
 * Lenient readers for meta.yaml fields. Old stores hold ints where new ones hold strings
 * (`experiment_id: 0`), and hand-edited files hold anything; these turn a field into the
 * expected type or say it cannot.
 */

/** A string field; numbers (old int ids) become their decimal text. */
export function textField(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/** A non-empty string, or null. */
export function optionalText(value: unknown): string | null {
  const text = textField(value)
  return text === undefined || text === '' ? null : text
}

/** Milliseconds since the epoch: a number, or null when absent or null; 'invalid' otherwise. */
export function millisField(value: unknown): number | null | 'invalid' {
  if (value === null || value === undefined) return null
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 'invalid'
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim())
  return 'invalid'
}

/** A whole number from an int or its text (registry `version`, alias files). */
export function integerField(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value)
  return undefined
}

/** lifecycle_stage of a meta.yaml: active when absent, a warning when not a known value. */
export function lifecycleField(value: unknown, warnings: string[]): Lifecycle {
  const lifecycle =
    value === undefined || value === null || typeof value === 'string'
      ? parseLifecycle(value)
      : null
  if (lifecycle) return lifecycle
  warnings.push(`lifecycle_stage "${String(value)}" is neither active nor deleted; read as active`)
  return 'active'
}

/** A millisecond field, with a warning naming the field when it is not a number. */
export function timeField(meta: Record<string, unknown>, key: string, warnings: string[]) {
  const value = millisField(meta[key])
  if (value !== 'invalid') return value
  warnings.push(`${key} "${String(meta[key])}" is not a time in milliseconds; ignored`)
  return null
}
