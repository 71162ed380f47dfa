/**
 * JSON has no NaN or Infinity. Tracking data keeps them as JS numbers and writes them as the
 * strings "NaN", "Infinity" and "-Infinity" (the spelling MLflow's REST API uses).
 */

/** JSON.stringify replacer: non-finite numbers become "NaN" / "Infinity" / "-Infinity". */
export function nonFiniteAsString(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  return value
}

/** A JSON number, or one of the strings "NaN", "Infinity", "-Infinity" (any case), as a number. */
export function numberFromJson(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return null
  const text = value.trim().toLowerCase()
  if (text === 'nan') return NaN
  if (text === 'infinity' || text === 'inf' || text === '+infinity') return Infinity
  if (text === '-infinity' || text === '-inf') return -Infinity
  if (text === '' || !Number.isFinite(Number(text))) return null
  return Number(text)
}
