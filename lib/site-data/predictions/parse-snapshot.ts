import type { DriftTable } from '../../drift/drift-table'
import { expectField, parseSiteJson, reviveNumbers, type SiteFileInput } from '../parse-site-json'
import { SiteFileError } from '../site-file-error'
import { SNAPSHOT_VERSION, type Snapshot } from './snapshot-types'

export const SNAPSHOT_FILE = 'data/snapshot.json'

function reviveDrift(table: DriftTable | null): void {
  for (const row of table?.rows ?? []) {
    const fields = row as unknown as Record<string, unknown>
    reviveNumbers(fields, ['statistic', 'threshold'])
    for (const key of ['alternatives', 'summary', 'support']) {
      const nested = fields[key]
      if (nested && typeof nested === 'object') reviveNumbers(nested as Record<string, unknown>)
    }
  }
}

/**
 * snapshot.json text or bytes → Snapshot: the version this page reads, the fields every view
 * uses, and the statistics the build wrote as "NaN" / "Infinity" back to numbers.
 */
export function parseSnapshot(input: SiteFileInput, file = SNAPSHOT_FILE): Snapshot {
  const object = parseSiteJson(input, file, SNAPSHOT_VERSION)
  expectField(object, 'datasets', 'object', file)
  expectField(object, 'filterOptions', 'object', file)
  expectField(object, 'columns', 'object', file)
  expectField(object, 'drift', 'object', file, true)
  expectField(object, 'outputDrift', 'object', file, true)
  expectField(object, 'histograms', 'array', file)
  expectField(object, 'problems', 'array', file)
  const datasets = object.datasets as Record<string, unknown>
  for (const name of ['dev', 'prod']) {
    const dataset = datasets[name]
    if (dataset === null) continue
    if (typeof dataset !== 'object' || dataset === undefined || Array.isArray(dataset)) {
      throw new SiteFileError(file, `field "datasets.${name}" must be null or an object`)
    }
    const entry = dataset as Record<string, unknown>
    expectField(entry, 'rowsFile', 'string', file)
    expectField(entry, 'metrics', 'object', file, true)
    if (entry.metrics) reviveNumbers(entry.metrics as Record<string, unknown>)
  }
  const snapshot = object as unknown as Snapshot
  reviveDrift(snapshot.drift)
  reviveDrift(snapshot.outputDrift)
  return snapshot
}
