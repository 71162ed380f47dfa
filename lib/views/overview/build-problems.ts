import type { BuildReport, BuildStep } from '../../site-data/build-report/build-report-types'
import type { Snapshot } from '../../site-data/predictions/snapshot-types'

/** Every problem of the build, as the overview lists them: the count per step and each line. */
export interface BuildProblemsView {
  total: number
  /** steps with at least one problem, in build order */
  perStep: { step: BuildStep; count: number }[]
  /** "path: message" (or the message alone), plain text */
  lines: { step: BuildStep; text: string }[]
  /**
   * the parquet files the search for sources could not read ("path: why"), shown beside a
   * dataset that was not read: a CSV named predictions_prod.parquet is why there is no prod
   */
  unreadParquet: string[]
}

const line = (p: { path: string; message: string }) =>
  p.path ? `${p.path}: ${p.message}` : p.message

/**
 * The union of every build step's problems (build-report.json); without a report (an older
 * build), the snapshot's own problems.
 */
export function buildProblemsView(
  report: BuildReport | null,
  snapshot: Snapshot,
): BuildProblemsView {
  if (!report) {
    const lines = snapshot.problems.map((p) => ({ step: 'snapshot' as const, text: line(p) }))
    return {
      total: lines.length,
      perStep: lines.length ? [{ step: 'snapshot', count: lines.length }] : [],
      lines,
      unreadParquet: [],
    }
  }
  const perStep = (Object.entries(report.counts) as [BuildStep, number][])
    .filter(([, count]) => count > 0)
    .map(([step, count]) => ({ step, count }))
  return {
    total: report.problems.length,
    perStep,
    lines: report.problems.map((p) => ({ step: p.step, text: line(p) })),
    unreadParquet: report.problems
      .filter((p) => p.step === 'sources' && /\.parquet$/i.test(p.path))
      .map(line),
  }
}
