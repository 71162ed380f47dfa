import type { DriftRow, DriftTable } from '../drift/drift-table'

/** One feature of the report, in the shape `npm run monitor -- --json` prints. */
export interface FeatureDriftEntry {
  name: string
  method: string
  statistic: number
  threshold: number
  drift: boolean
  ks: { statistic: number | null; p_value: number | null }
  psi: number
  wasserstein_norm: number | null
  js: number
  /** why a statistic is null (e.g. KS on a categorical column) */
  unavailable?: Record<string, string>
}

/** The report's features from a drift table (lib/drift/drift-table: SciPy-equal statistics). */
export function featureDriftEntries(table: DriftTable): FeatureDriftEntry[] {
  return table.rows.map((row: DriftRow) => {
    const a = row.alternatives
    const unavailable: Record<string, string> = {}
    const why = `column "${row.column}" holds labels, not numbers`
    if (a.ks_statistic === null) unavailable.ks = `KS needs numbers: ${why}`
    if (a.wasserstein_normed === null)
      unavailable.wasserstein_norm = `Wasserstein needs numbers: ${why}`
    return {
      name: row.column,
      method: row.method,
      statistic: row.statistic,
      threshold: row.threshold,
      drift: row.drifted,
      ks: { statistic: a.ks_statistic, p_value: a.ks_p_value },
      psi: a.psi,
      wasserstein_norm: a.wasserstein_normed,
      js: a.jensenshannon,
      ...(Object.keys(unavailable).length ? { unavailable } : {}),
    }
  })
}
