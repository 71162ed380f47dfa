import { columnValues, hasMissing, type Column } from './column'
import { prepareSample, type PreparedSample } from './prepared-sample'
import { sampleMoments, type SampleMoments } from './sample-moments'

/** One reference column cleaned once: its sample and whether it holds a missing value. */
export interface PreparedColumn {
  /** the column it was prepared from: used only while the table is given that same column */
  column: Column
  sample: PreparedSample
  missing: boolean
  /** a numeric sample's mean and sum of squares (the normed Wasserstein's reference std) */
  moments: SampleMoments | null
}

/** Reference columns cleaned and sorted once, for many drift tables against the same reference. */
export type PreparedReference = ReadonlyMap<string, PreparedColumn>

/**
 * Cleans and sorts each reference column once (prepareSample), so that a drift table per chunk
 * of prod (lib/monitoring/chunk-report.ts) does not sort the whole dev reference again for
 * every chunk and every feature: at 200,000 dev rows and a few hundred chunks that sorting was
 * most of the monitoring's time. A column that cannot be prepared is left out, so each table
 * still raises its DriftInputError where it did without this.
 */
export function prepareReference(
  reference: Record<string, Column>,
  names: readonly string[] = Object.keys(reference),
): PreparedReference {
  const prepared = new Map<string, PreparedColumn>()
  for (const name of names) {
    const column = reference[name]
    if (!column) continue
    const values = columnValues(column)
    try {
      const sample = prepareSample(values, `reference column "${name}"`)
      const moments = sample.kind === 'numeric' ? sampleMoments(sample.sorted) : null
      prepared.set(name, { column, sample, missing: hasMissing(values), moments })
    } catch {
      // left out: each table prepares it again and reports the error where it always did
    }
  }
  return prepared
}
