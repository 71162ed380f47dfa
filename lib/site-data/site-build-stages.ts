/** The steps of a build, in order, as a progress bar names them. */
export const SITE_BUILD_STAGES = [
  'reading',
  'columns',
  // the models come before the statistics: they score a file that has no model output
  'models',
  'statistics',
  'runs',
  'monitoring',
] as const
export type SiteBuildStage = (typeof SITE_BUILD_STAGES)[number]

/** Told when a step starts; `detail` names the file being read when there is one. */
export type SiteBuildProgress = (stage: SiteBuildStage, detail?: string) => void
