import { expectField, parseSiteJson, reviveNumbers, type SiteFileInput } from '../parse-site-json'
import { SiteFileError } from '../site-file-error'
import { MONITORING_SITE_VERSION, type MonitoringSite } from './monitoring-site-types'

export const MONITORING_SITE_FILE = 'data/monitoring.json'

const REPORT_FIELDS = {
  features: 'array',
  dataset_drift: 'object',
  metrics: 'object',
  estimate: 'object',
  calibration: 'object',
  thresholds: 'object',
  chunks: 'array',
  slices: 'array',
  signals: 'array',
  verdict: 'object',
  params: 'object',
} as const

/**
 * monitoring.json text or bytes → MonitoringSite: the version this page reads, and every
 * report field the views use checked by kind, each chunk, slice and signal an object, so a
 * truncated or hand-edited file is one sentence naming the field.
 */
export function parseMonitoringSite(
  input: SiteFileInput,
  file = MONITORING_SITE_FILE,
): MonitoringSite {
  const object = parseSiteJson(input, file, MONITORING_SITE_VERSION)
  expectField(object, 'report', 'object', file, true)
  expectField(object, 'problem', 'string', file, true)
  const report = object.report as Record<string, unknown> | null
  if (report) {
    for (const [field, kind] of Object.entries(REPORT_FIELDS)) {
      expectField(report, field, kind, `${file} report`)
    }
    for (const list of ['chunks', 'slices', 'signals', 'features'] as const) {
      ;(report[list] as unknown[]).forEach((item, i) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          throw new SiteFileError(file, `report.${list}[${i}] is ${String(item)}, not an object`)
        }
      })
    }
    reviveNumbers(report)
  }
  return object as unknown as MonitoringSite
}
