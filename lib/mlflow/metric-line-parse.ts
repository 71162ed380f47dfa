import type { MetricPoint } from '../tracking/types'

const DECIMAL_RE =
  /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/
const SPECIAL_RE = /^([+-]?)(nan|inf|infinity)$/i
const INTEGER_RE = /^[+-]?\d+$/

/**
 * Python's `float(text)` for a metric value: decimals, exponents, `nan`, `inf`, `-inf`,
 * `Infinity`, in any letter case. JS `parseFloat('inf')` is NaN, hence this function.
 * Returns null when Python would raise.
 */
export function parseMetricValue(text: string): number | null {
  if (DECIMAL_RE.test(text)) return Number(text.includes('_') ? text.replace(/_/g, '') : text)
  const special = SPECIAL_RE.exec(text)
  if (!special) return null
  if (special[2]?.toLowerCase() === 'nan') return NaN
  return special[1] === '-' ? -Infinity : Infinity
}

/** What one line of a metric file holds, or why it cannot be read. */
export type MetricLineResult = { ok: true; point: MetricPoint } | { ok: false; reason: string }

/**
 * Parses one line of `metrics/<key>` as MLflow's `_get_metric_from_line` does: fields split on
 * single spaces after trimming (so CRLF endings are fine), `ts value` (legacy, step 0),
 * `ts value step`, or `ts value step dataset_name dataset_digest` (3.x). LoggedModel metric files
 * (`loggedModel: true`) carry the run id as 4th field: 4 or 6 fields.
 */
export function parseMetricLine(
  line: string,
  options: { loggedModel?: boolean } = {},
): MetricLineResult {
  const fields = line.trim().split(' ')
  const n = fields.length
  const allowed = options.loggedModel ? n === 4 || n === 6 : n === 2 || n === 3 || n === 5
  if (!allowed) {
    const expected = options.loggedModel ? '4 or 6' : '2, 3 or 5'
    return { ok: false, reason: `expected ${expected} space-separated fields, found ${n}` }
  }
  const [tsText = '', valueText = '', stepText = '0'] = fields
  if (!INTEGER_RE.test(tsText))
    return { ok: false, reason: `timestamp "${tsText}" is not an integer` }
  const value = parseMetricValue(valueText)
  if (value === null) return { ok: false, reason: `value "${valueText}" is not a number` }
  if (!INTEGER_RE.test(stepText))
    return { ok: false, reason: `step "${stepText}" is not an integer` }
  return { ok: true, point: { timestamp: Number(tsText), value, step: Number(stepText) } }
}
