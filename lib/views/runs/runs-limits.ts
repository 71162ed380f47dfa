import type { RunsLimits } from '../../site-data/runs/runs-snapshot-types'

const MB = 1024 * 1024

/** What one build ships at most; see RunsLimits for each bound's meaning. */
export const DEFAULT_RUNS_LIMITS: Readonly<RunsLimits> = Object.freeze({
  runsPerExperiment: 2_000,
  historyPoints: 1_000,
  artifactDepth: 8,
  artifactsPerRun: 500,
  textBytes: 1 * MB,
  imageBytes: 5 * MB,
  parquetBytes: 32 * MB,
  previewRows: 20,
  totalBytes: 200 * MB,
})
