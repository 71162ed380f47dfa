import { expectField, parseSiteJson, type SiteFileInput } from '../parse-site-json'
import { SiteFileError } from '../site-file-error'
import { BUILD_REPORT_VERSION, BUILD_STEPS, type BuildReport } from './build-report-types'

export const BUILD_REPORT_FILE = 'data/build-report.json'

/**
 * build-report.json text or bytes → BuildReport: the version this page reads, the sources
 * object, and a problems list whose every entry has a known step and a message.
 */
export function parseBuildReport(input: SiteFileInput, file = BUILD_REPORT_FILE): BuildReport {
  const object = parseSiteJson(input, file, BUILD_REPORT_VERSION)
  expectField(object, 'sources', 'object', file)
  expectField(object, 'problems', 'array', file)
  expectField(object, 'counts', 'object', file)
  for (const [i, problem] of (
    object.problems as { step?: unknown; message?: unknown }[]
  ).entries()) {
    if (!BUILD_STEPS.includes(problem?.step as never) || typeof problem?.message !== 'string') {
      throw new SiteFileError(
        file,
        `problems[${i}] has step ${JSON.stringify(problem?.step)}; expected one of ${BUILD_STEPS.join(', ')} with a message`,
      )
    }
  }
  return object as unknown as BuildReport
}
