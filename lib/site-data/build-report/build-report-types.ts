import type { PredictionsPair, StoreSummary } from '../sources/choose-sources'

/**
 * `public/data/build-report.json`: which store, files and run the build read and why, and every
 * problem any build step met, in one list. Paths inside the build's folder are shown relative.
 */
export const BUILD_REPORT_VERSION = 1

/**
 * The build steps that report problems, in the order a problem met by several is kept: the
 * survey of the project comes last, so a store problem stays with the runs step that showed it.
 */
export const BUILD_STEPS = [
  'snapshot',
  'runs',
  'what-if',
  'comparison',
  'monitoring',
  'sources',
] as const
export type BuildStep = (typeof BUILD_STEPS)[number]

export interface BuildProblem {
  step: BuildStep
  /** file, folder, store row or URL; '' when the message says it all */
  path: string
  message: string
}

export interface ShownSource {
  path: string
  reason: string
}

export interface BuildReport {
  version: typeof BUILD_REPORT_VERSION
  generatedAt: string
  sources: {
    /** the rule that chose, one sentence */
    rule: string
    tracking: ShownSource | null
    prod: ShownSource | null
    dev: ShownSource | null
    run: {
      id: string
      name: string
      model: string | null
      endTime: number | null
      reason: string
    } | null
    /** every store found in the project (MONITOR_PROJECT), with its counts */
    stores: StoreSummary[]
    /** every candidate (run, prod, dev) pair found */
    pairs: PredictionsPair[]
    notes: string[]
  }
  /** every problem, each once, in step order */
  problems: BuildProblem[]
  /** problems per step */
  counts: Record<BuildStep, number>
}
