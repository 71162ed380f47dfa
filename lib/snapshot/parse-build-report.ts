import { BUILD_REPORT_VERSION, BUILD_STEPS, type BuildReport } from './build-report-types'

/** build-report.json is not what this version of the site reads: one sentence naming the field. */
export class BuildReportError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`)
    this.name = 'BuildReportError'
  }
}

/** build-report.json text → BuildReport, checked (version, sources, problems with known steps). */
export function parseBuildReport(text: string, file = 'build-report.json'): BuildReport {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new BuildReportError(file, `not JSON (${(error as Error).message})`)
  }
  const report = value as BuildReport
  if (!report || typeof report !== 'object' || report.version !== BUILD_REPORT_VERSION) {
    throw new BuildReportError(
      file,
      `version ${String((report as { version?: unknown } | null)?.version)}, this page reads version ${BUILD_REPORT_VERSION}: rebuild the site`,
    )
  }
  if (!report.sources || typeof report.sources !== 'object') {
    throw new BuildReportError(file, 'no "sources" object: rebuild the site (npm run build)')
  }
  if (!Array.isArray(report.problems)) {
    throw new BuildReportError(file, 'no "problems" list: rebuild the site (npm run build)')
  }
  for (const [i, problem] of report.problems.entries()) {
    if (!BUILD_STEPS.includes(problem?.step) || typeof problem.message !== 'string') {
      throw new BuildReportError(
        file,
        `problems[${i}] has step ${JSON.stringify(problem?.step)}; expected one of ${BUILD_STEPS.join(', ')} with a message`,
      )
    }
  }
  return report
}
