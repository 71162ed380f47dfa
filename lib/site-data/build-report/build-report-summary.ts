import type { BuildReport } from './build-report-types'

const when = (ms: number | null) => (ms === null ? 'no end time' : new Date(ms).toISOString())

/**
 * The build report as `inspect` prints it: what the dashboard would show and why, every store
 * and candidate predictions pair, and the problems per build step (those not in `alreadyListed`).
 */
export function formatBuildReport(report: BuildReport, alreadyListed: Set<string>): string {
  const { sources } = report
  const lines = ['the dashboard build would show:']
  const shown = (label: string, s: { path: string; reason: string } | null) =>
    lines.push(`  ${label}: ${s ? `${s.path} (${s.reason})` : 'none'}`)
  shown('store', sources.tracking)
  if (sources.run) {
    const r = sources.run
    lines.push(
      `  run: ${r.id} "${r.name}"${r.model ? `, model ${r.model}` : ''}, ended ${when(r.endTime)} (${r.reason})`,
    )
  }
  shown('prod', sources.prod)
  shown('dev', sources.dev)
  lines.push(`  rule: ${sources.rule}`)
  for (const note of sources.notes.filter((n) => n.startsWith('MONITOR_RUN_ID'))) {
    lines.push(`  note: ${note}`)
  }
  if (sources.stores.length > 0) {
    lines.push(`stores found (${sources.stores.length}):`)
    for (const s of sources.stores) {
      lines.push(
        `  ${s.kind} ${s.path}: ${s.runs} runs (${s.finishedRuns} finished), ` +
          `${s.predictionRuns} with prod predictions`,
      )
    }
  }
  if (sources.pairs.length > 0) {
    lines.push(`candidate predictions pairs (${sources.pairs.length}), best first:`)
    for (const p of sources.pairs) {
      const who = p.run ? `run ${p.run.id} ${p.run.status}` : 'project files'
      lines.push(
        `  ${who}, ${when(p.date)}, model ${p.model ?? '?'}: prod ${p.prod.file} (${p.prod.rows} rows), ` +
          `dev ${p.dev ? `${p.dev.file} (${p.dev.rows} rows)` : 'none'}`,
      )
    }
  }
  const counts = Object.entries(report.counts)
    .map(([step, n]) => `${step} ${n}`)
    .join(', ')
  lines.push(`${report.problems.length} problems the build would meet (${counts})`)
  const fresh = report.problems.filter((p) => !alreadyListed.has(`${p.path}\u0000${p.message}`))
  if (fresh.length < report.problems.length) {
    lines.push(`  (${report.problems.length - fresh.length} of them listed above)`)
  }
  for (const p of fresh) lines.push(`  ${p.step}: ${p.path ? `${p.path}: ` : ''}${p.message}`)
  return `${lines.join('\n')}\n`
}
