import type { MetricPoint } from '../tracking/types'
import { pythonNumberRepr } from './filestore/python-repr'

/** A metric value as Python's `float()` reads it back: `nan`, `inf`, `-inf`, `0.1`, `1e-07`. */
export function formatMetricValue(value: number): string {
  return pythonNumberRepr(value)
}

/** One line of a FileStore metric file: `"<timestamp_ms> <value> <step>\n"`. */
export function formatMetricLine(point: MetricPoint): string {
  return `${point.timestamp} ${formatMetricValue(point.value)} ${point.step}\n`
}
