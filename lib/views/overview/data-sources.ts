import type { ProbabilityConvention } from '../../predictions/types'
import type { DatasetName, Snapshot } from '../../site-data/predictions/snapshot-types'

/** One predictions file as the build read it, or its absence. */
export type DataSource =
  | {
      name: DatasetName
      present: true
      /** the file as given, and its last path segment */
      file: string
      fileName: string
      rows: number
      labelledRows: number
      unlabelledRows: number
      /** rows the browser holds: all of them, or a uniform sample */
      shippedRows: number
      sampled: boolean
      probabilityConvention: ProbabilityConvention | null
      /** rows whose probability was missing or invalid */
      excludedProbabilityRows: number
      detected: string[]
      missing: string[]
      warnings: string[]
    }
  | { name: DatasetName; present: false }

export interface DataSources {
  datasets: DataSource[]
  /** the build's problems as sentences ("path: message") */
  problems: string[]
  generatedAt: string
}

/** "…/data/output/predictions_dev.parquet" → "predictions_dev.parquet" (either separator). */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '')
  return parts[parts.length - 1] ?? path
}

/** What the build read, dataset by dataset, and what went wrong: plain text, never HTML. */
export function dataSources(snapshot: Snapshot): DataSources {
  const datasets = (['dev', 'prod'] as const).map((name): DataSource => {
    const meta = snapshot.datasets[name]
    if (!meta) return { name, present: false }
    const { report } = meta
    return {
      name,
      present: true,
      file: report.file,
      fileName: fileNameOf(report.file),
      rows: meta.rows,
      labelledRows: report.labelledRows,
      unlabelledRows: report.unlabelledRows,
      shippedRows: meta.shippedRows,
      sampled: meta.sampled,
      probabilityConvention: report.probabilityConvention,
      excludedProbabilityRows: report.excludedProbabilityRows,
      detected: report.detected,
      missing: report.missing,
      warnings: report.warnings,
    }
  })
  const problems = snapshot.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
  return { datasets, problems, generatedAt: snapshot.generatedAt }
}
