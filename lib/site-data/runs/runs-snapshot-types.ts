import type {
  ArtifactLocation,
  Lifecycle,
  ModelVersion,
  Problem,
  RegisteredModel,
  RunStatus,
  StoreKind,
} from '../../tracking/types'
import type { StoreSummary } from '../sources/choose-sources'

/**
 * `public/data/runs.json`: what the build read from the MLflow tracking store, bounded whatever
 * the store's size. Metric histories ship in one file per run (`historyFile`), artifacts the page
 * can show are copied under `data/artifacts/<runId>/`. Non-finite metric values are written as
 * "NaN", "Infinity", "-Infinity" (parseRunsSnapshot turns them back into numbers).
 */
export interface RunsSnapshot {
  version: typeof RUNS_SNAPSHOT_VERSION
  /** the store read; null when there was none */
  source: { kind: StoreKind; location: string } | null
  /** why there is nothing to show (no store, unreadable store); null when the store was read */
  unavailable: string | null
  experiments: RunsExperiment[]
  runs: RunRecord[]
  models: RunsModel[]
  limits: RunsLimits
  /** entries skipped or cut while reading, with the path and the reason */
  problems: Problem[]
  /** every store found in the project when there are several (the one shown among them) */
  stores?: StoreSummary[]
}

export const RUNS_SNAPSHOT_VERSION = 1

/** Bounds on what one build ships (the page says when one was reached). */
export interface RunsLimits {
  /** runs kept per experiment, newest first */
  runsPerExperiment: number
  /** points kept per metric history, evenly spaced, first and last included */
  historyPoints: number
  /** artifact folders walked below the run's root */
  artifactDepth: number
  /** artifact entries listed per run */
  artifactsPerRun: number
  /** largest text artifact copied (bytes) */
  textBytes: number
  /** largest image artifact copied (bytes) */
  imageBytes: number
  /** largest parquet artifact previewed (bytes) */
  parquetBytes: number
  /** rows in a parquet preview */
  previewRows: number
  /** all copies and previews together (bytes) */
  totalBytes: number
}

export interface RunsExperiment {
  id: string
  name: string
  lifecycle: Lifecycle
  /** the experiment's note (tag mlflow.note.content), or null */
  description: string | null
  /** runs in the store (before the per-experiment limit) */
  runCount: number
  creationTime: number | null
}

/** How the page can show an artifact. */
export type ArtifactView = 'image' | 'text' | 'parquet'

export interface RunArtifact {
  /** relative to the run's artifact root, '/'-separated */
  path: string
  isDir: boolean
  size: number | null
  /** null: listed only (folder, binary file, too large, unreadable) */
  view: ArtifactView | null
  /** site-relative URL of the copy (image, text) or of the preview JSON (parquet) */
  file: string | null
  /** why a file has no copy (the rule it broke), or what the copy lost; null otherwise */
  note: ArtifactNote | null
}

/**
 * Why an artifact was not published (a code the page translates, with the limit or the error),
 * or, for `activeContentRemoved` only, that the published copy is an SVG the sanitiser changed.
 */
export type ArtifactNote =
  /** over `limit` bytes: MONITOR_ARTIFACT_MAX_BYTES when `setting` says so, else its type's limit */
  | { code: 'tooLarge'; limit: number; setting?: 'MONITOR_ARTIFACT_MAX_BYTES' }
  /** notAllowed: its type is not on the allow-list (images, text files, parquet) */
  | { code: 'notAllowed' | 'budget' | 'unsafePath' | 'binary' | 'svgScript' }
  | { code: 'unreadable'; message: string }
  /** published, but DOMPurify removed these (`<script>`, `onload`, `href`) */
  | { code: 'activeContentRemoved'; removed: string[] }

export interface RunHistoryInfo {
  key: string
  /** points shipped */
  points: number
  /** points in the store (more than `points` when downsampled) */
  totalPoints: number
}

export interface RunRecord {
  id: string
  experimentId: string
  name: string
  status: RunStatus
  lifecycle: Lifecycle
  startTime: number | null
  endTime: number | null
  /** endTime − startTime in ms; null while running or when a time is missing */
  durationMs: number | null
  user: string
  /** tag mlflow.parentRunId, for nesting */
  parentId: string | null
  params: Record<string, string>
  /** latest value of each metric */
  metrics: Record<string, number>
  /** step of each metric's latest value */
  metricSteps: Record<string, number>
  /** tags the user set */
  tags: Record<string, string>
  /** tags MLflow sets (mlflow.*) */
  systemTags: Record<string, string>
  /** metrics with more than one point, whose histories are in historyFile */
  histories: RunHistoryInfo[]
  historyFile: string | null
  artifacts: RunArtifact[]
  /** the listing stopped at limits.artifactsPerRun or limits.artifactDepth */
  artifactsTruncated: boolean
  /**
   * where the artifacts were read (folder shown relative to the build's folder), and whether it
   * is a relocated copy of what artifact_uri records; null: none found; absent: not a local store
   */
  artifactLocation?: ArtifactLocation | null
}

/** `data/runs-history/<runId>.json`: the run's metric histories (non-finite values as strings). */
export interface RunHistoryFile {
  runId: string
  metrics: Record<string, MetricSeries>
}

export interface MetricSeries {
  step: number[]
  timestamp: number[]
  value: number[]
  totalPoints: number
  /** true when points were dropped to stay within limits.historyPoints */
  downsampled: boolean
}

/** A registry version as the page shows it: what the store says, plus whether its run shipped. */
export interface RunsModelVersion extends Omit<ModelVersion, 'name' | 'lastUpdatedTime'> {
  /** the source run is in runs (the page can select it) */
  runInSnapshot: boolean
}

export interface RunsModel extends Omit<RegisteredModel, 'versions'> {
  /** newest first */
  versions: RunsModelVersion[]
}

/** A parquet artifact's preview (`<path>.preview.json`). */
export interface ParquetPreview {
  path: string
  numRows: number
  columns: { name: string; physicalType: string; logicalType: string | null }[]
  /** first rows, one array per row in `columns` order */
  rows: (number | string | boolean | null)[][]
}
