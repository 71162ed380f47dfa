import type { MetricPoint } from '../../tracking/types'
import { parseMetricLine, parseMetricValue } from '../metric-line-parse'

/** The readable points of one metric file, in file order, and a summary of the bad lines. */
export interface MetricFileContent {
  points: MetricPoint[]
  /** "line 3: value "x" is not a number (and 2 more bad lines)", or null when all lines read */
  error: string | null
}

/** True when `a` ranks after `b` in MLflow's max by (step, timestamp, value); NaN never wins. */
export function isLaterMetricPoint(a: MetricPoint, b: MetricPoint): boolean {
  if (a.step !== b.step) return a.step > b.step
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp
  return a.value > b.value
}

/** Digits only (no sign, dot or exponent) → the integer, else NaN. Faster than a regex. */
function plainInteger(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return NaN
  let value = 0
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return NaN
    value = value * 10 + digit
  }
  return value
}

/** Number() accepts `0x1f`, `0o7`, `0b1`, which Python's float() refuses. */
function isRadixLiteral(text: string): boolean {
  if (text.charCodeAt(0) !== 48 || text.length < 3) return false
  const marker = text.charCodeAt(1) | 32
  return marker === 120 || marker === 111 || marker === 98
}

/**
 * One line [start, end) as a point, or null when it needs the full (slower, explaining) parser.
 * Handles the common `ts value step` and `ts value` lines with no allocation but the value text.
 */
function fastLine(text: string, start: number, end: number, visit: PointVisitor): boolean {
  const first = text.indexOf(' ', start)
  if (first < 0 || first >= end) return false
  let second = text.indexOf(' ', first + 1)
  if (second < 0 || second > end) second = end
  const timestamp = plainInteger(text, start, first)
  const step = second === end ? 0 : plainInteger(text, second + 1, end)
  if (Number.isNaN(timestamp) || Number.isNaN(step)) return false
  const valueText = text.slice(first + 1, second)
  let value = Number(valueText)
  if (Number.isNaN(value) || valueText === '' || isRadixLiteral(valueText)) {
    const parsed = parseMetricValue(valueText)
    if (parsed === null) return false
    value = parsed
  }
  visit(timestamp, value, step)
  return true
}

type PointVisitor = (timestamp: number, value: number, step: number) => void

/**
 * Calls `visit` for every readable line of a metric file, in file order; returns a summary of
 * the unreadable ones (null when none). Blank lines (a final newline, CRLF leftovers) are skipped.
 */
export function scanMetricText(
  text: string,
  visit: PointVisitor,
  options: { loggedModel?: boolean } = {},
): string | null {
  let firstError: string | null = null
  let badLines = 0
  let lineNumber = 0
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const next = end + 1
    lineNumber++
    let s = start
    while (s < end && text.charCodeAt(s) <= 32) s++
    while (end > s && text.charCodeAt(end - 1) <= 32) end--
    if (end > s && (options.loggedModel || !fastLine(text, s, end, visit))) {
      const result = parseMetricLine(text.slice(s, end), options)
      if (result.ok) visit(result.point.timestamp, result.point.value, result.point.step)
      else if (badLines++ === 0) firstError = `line ${lineNumber}: ${result.reason}`
    }
    start = next
  }
  if (firstError === null) return null
  return badLines > 1 ? `${firstError} (and ${badLines - 1} more bad lines)` : firstError
}

/** Parses a whole metric file into its points, in file order. */
export function parseMetricFile(
  text: string,
  options: { loggedModel?: boolean } = {},
): MetricFileContent {
  const points: MetricPoint[] = []
  const error = scanMetricText(
    text,
    (timestamp, value, step) => points.push({ timestamp, value, step }),
    options,
  )
  return { points, error }
}

/** The latest point of a metric file without keeping the others; count = readable lines. */
export function latestInMetricText(
  text: string,
  options: { loggedModel?: boolean } = {},
): { latest: MetricPoint | null; count: number; error: string | null } {
  let latest: MetricPoint | null = null
  let count = 0
  const error = scanMetricText(
    text,
    (timestamp, value, step) => {
      count++
      if (
        latest === null ||
        (step !== latest.step
          ? step > latest.step
          : timestamp !== latest.timestamp
            ? timestamp > latest.timestamp
            : value > latest.value)
      ) {
        latest = { timestamp, value, step }
      }
    },
    options,
  )
  return { latest, count, error }
}

/** The value MLflow shows for a metric: the max by (step, timestamp, value), first one on ties. */
export function latestMetricPoint(points: readonly MetricPoint[]): MetricPoint | null {
  let latest: MetricPoint | null = null
  for (const point of points) {
    if (latest === null || isLaterMetricPoint(point, latest)) latest = point
  }
  return latest
}
