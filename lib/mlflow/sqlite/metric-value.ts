import type { SqlValue } from 'sql.js'
import type { MetricPoint } from '../../tracking/types'
import { numberOf } from './rows'

/** MLflow's SQL store writes ±Infinity as ±(largest double), since SQL has no infinity. */
const SQL_INFINITY = 1.7976931348623157e308

/** True for the stored forms of a true flag: 1, '1', 'true'. */
export function isTruthyFlag(value: SqlValue | undefined): boolean {
  return value === 1 || value === '1' || value === 'true' || value === 'TRUE'
}

/**
 * A metric value as MLflow's SQL store wrote it, back to a JS number: `is_nan = 1` (value 0) is
 * NaN, ±1.7976931348623157e308 is ±Infinity, and a NULL value (pre-1.1 databases) is NaN.
 */
export function decodeSqlMetricValue(
  value: SqlValue | undefined,
  isNan: SqlValue | undefined,
): number {
  if (isTruthyFlag(isNan)) return NaN
  const number = numberOf(value)
  if (number === null) return NaN
  if (number >= SQL_INFINITY) return Infinity
  if (number <= -SQL_INFINITY) return -Infinity
  return number
}

/** One stored metric row: the decoded point and the value as stored (NaN stored as 0). */
export interface StoredMetric {
  point: MetricPoint
  storedValue: number
}

/**
 * True when `candidate` replaces `current` as the latest value: MLflow keeps the maximum by
 * (step, timestamp, stored value), the order used to fill `latest_metrics`.
 */
export function isLaterMetric(candidate: StoredMetric, current: StoredMetric | undefined): boolean {
  if (!current) return true
  if (candidate.point.step !== current.point.step) return candidate.point.step > current.point.step
  if (candidate.point.timestamp !== current.point.timestamp) {
    return candidate.point.timestamp > current.point.timestamp
  }
  return candidate.storedValue > current.storedValue
}
