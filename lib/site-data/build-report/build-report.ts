import type { Problem } from '../../tracking/types'
import { displayLocation } from '../../views/runs/display-location'
import { siteJson, type SiteFileSink } from '../site-file-sink'
import {
  BUILD_REPORT_VERSION,
  BUILD_STEPS,
  type BuildProblem,
  type BuildReport,
  type BuildStep,
} from './build-report-types'
import type { DashboardSources } from '../sources/dashboard-sources'

export interface BuildReportInputs {
  sources: DashboardSources
  /** problems of each step: the snapshot's, runs.json's, and model.json's (its `notes`, its `problem`) */
  snapshot: Problem[]
  runs: Problem[]
  whatIf: { notes: string[]; problem: { detail: string } | null }
  /** models that could not be compared (comparison/build-comparison) */
  comparison?: Problem[]
  /** monitoring.json's problems (none when omitted) */
  monitoring?: Problem[]
  cwd: string
}

/** A note "…/mlflow.db#runs/x: message" as a problem with its path, so a repeat is kept once. */
function splitPath(note: string): Problem {
  const match = /^((?:\/|\.\/)[^\s]*?): (.*)$/s.exec(note)
  return match ? { path: match[1]!, message: match[2]! } : { path: '', message: note }
}

/**
 * The build report: the chosen inputs with their reasons and every step's problems in one list,
 * each path+message once (the first step that met it keeps it), paths inside `cwd` relative.
 */
export function buildReport(inputs: BuildReportInputs): BuildReport {
  const { sources, cwd } = inputs
  const shown = (text: string) => text.split(cwd + '/').join('./')
  const place = (path: string) => (path ? displayLocation(path, cwd) : '')
  const whatIf: Problem[] = [
    ...(inputs.whatIf.problem ? [{ path: '', message: inputs.whatIf.problem.detail }] : []),
    ...inputs.whatIf.notes.map(splitPath),
  ]
  const byStep: Record<BuildStep, Problem[]> = {
    sources: sources.problems,
    snapshot: inputs.snapshot,
    runs: inputs.runs,
    'what-if': whatIf,
    comparison: inputs.comparison ?? [],
    monitoring: inputs.monitoring ?? [],
  }
  const seen = new Set<string>()
  const problems: BuildProblem[] = []
  const counts = Object.fromEntries(BUILD_STEPS.map((s) => [s, 0])) as Record<BuildStep, number>
  for (const step of BUILD_STEPS) {
    for (const problem of byStep[step]) {
      const path = place(problem.path)
      const message = shown(problem.message)
      const key = `${path}\u0000${message}`
      if (seen.has(key)) continue
      seen.add(key)
      problems.push({ step, path, message })
      counts[step]++
    }
  }
  const source = (s: { path: string; reason: string } | null) =>
    s && { path: place(s.path), reason: s.reason }
  const run = sources.choice?.run ?? null
  return {
    version: BUILD_REPORT_VERSION,
    generatedAt: new Date().toISOString(),
    sources: {
      rule: sources.rule,
      tracking: source(sources.why.tracking),
      prod: source(sources.why.prod),
      dev: source(sources.why.dev),
      run: run && {
        id: run.id,
        name: run.name,
        model: run.model,
        endTime: run.endTime,
        reason: run.reason,
      },
      stores: (sources.choice?.stores ?? []).map((s) => ({ ...s, path: place(s.path) })),
      pairs: (sources.choice?.pairs ?? []).map((p) => ({
        ...p,
        run: p.run && { ...p.run, store: place(p.run.store) },
        prod: { ...p.prod, file: place(p.prod.file) },
        dev: p.dev && { ...p.dev, file: place(p.dev.file) },
      })),
      notes: sources.notes.map(shown),
    },
    problems,
    counts,
  }
}

/** Writes `build-report.json` to the sink; returns the report. */
export async function writeBuildReport(
  sink: SiteFileSink,
  inputs: BuildReportInputs,
): Promise<BuildReport> {
  const report = buildReport(inputs)
  await sink.write('build-report.json', siteJson(report))
  return report
}
