/**
 * The one tracking model every source (MLflow FileStore, MLflow SQLite database, MLflow REST
 * server) is reshaped into. Nothing downstream knows where a run came from.
 */

export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED'
export type Lifecycle = 'active' | 'deleted'
export type StoreKind = 'filestore' | 'sqlite' | 'rest'

/** A problem found while reading: the path (file, folder, URL or table row) and what was wrong. */
export interface Problem {
  path: string
  message: string
}

export interface Experiment {
  id: string
  name: string
  artifactLocation: string
  lifecycle: Lifecycle
  /** ms since the Unix epoch, or null when the store does not record it */
  creationTime: number | null
  lastUpdateTime: number | null
  tags: Record<string, string>
}

export interface MetricPoint {
  /** NaN and ±Infinity are kept as JS numbers */
  value: number
  /** ms since the Unix epoch */
  timestamp: number
  step: number
}

export interface Run {
  id: string
  experimentId: string
  name: string
  status: RunStatus
  lifecycle: Lifecycle
  startTime: number | null
  endTime: number | null
  userId: string
  artifactUri: string
  params: Record<string, string>
  tags: Record<string, string>
  /** latest value of each metric: max by (step, timestamp, value), as MLflow shows it */
  metrics: Record<string, MetricPoint>
}

export interface ArtifactEntry {
  /** path relative to the run's artifact root, '/'-separated */
  path: string
  isDir: boolean
  size: number | null
}

/** Where a run's artifacts were found on this machine. */
export interface ArtifactLocation {
  /** the folder read (real path) */
  folder: string
  /** the run's artifact_uri as the store records it */
  recorded: string
  /** 'recorded': where the URI (or the FileStore run folder) says; 'relocated': a copy found inside the project by path suffix */
  how: 'recorded' | 'relocated'
  /** for a relocated copy: the trailing part of the recorded URI that matched, '/'-separated */
  matched: string | null
}

export type ModelStage = 'None' | 'Staging' | 'Production' | 'Archived' | 'Deleted_Internal'

export interface ModelVersion {
  name: string
  version: number
  stage: ModelStage
  runId: string | null
  source: string
  status: string
  creationTime: number | null
  lastUpdatedTime: number | null
  description: string | null
  tags: Record<string, string>
  aliases: string[]
}

/** What the model list needs of an MLflow 3.x LoggedModel (`<exp>/models/<model_id>/`). */
export interface LoggedModelInfo {
  /** `m-` and a uuid4 hex; `models:/<id>` names it */
  id: string
  experimentId: string
  name: string
  sourceRunId: string | null
  /** UNSPECIFIED | PENDING | READY | FAILED */
  status: string
  lifecycle: Lifecycle
  creationTime: number | null
}

export interface RegisteredModel {
  name: string
  description: string | null
  creationTime: number | null
  lastUpdatedTime: number | null
  tags: Record<string, string>
  /** alias → version */
  aliases: Record<string, number>
  /** sorted by version number, ascending */
  versions: ModelVersion[]
}

export interface ListOptions {
  /** include deleted experiments / runs (hidden by default, as in MLflow) */
  includeDeleted?: boolean
}

/** Read access to one tracking store. Every method reports, never throws, on bad entries. */
export interface TrackingStore {
  kind: StoreKind
  /** folder, database file or server URL */
  location: string
  listExperiments(options?: ListOptions): Promise<Experiment[]>
  listRuns(experimentId: string, options?: ListOptions): Promise<Run[]>
  getMetricHistory(runId: string, key: string): Promise<MetricPoint[]>
  listArtifacts(runId: string, path?: string): Promise<ArtifactEntry[]>
  /** bytes of one artifact file; throws a TrackingReadError naming the path when absent */
  readArtifact(runId: string, path: string): Promise<Uint8Array>
  /** where the run's artifacts are on this machine; null when they are not (local stores only) */
  artifactLocation?(runId: string): Promise<ArtifactLocation | null>
  listRegisteredModels(): Promise<RegisteredModel[]>
  /**
   * MLflow 3.x LoggedModels of one experiment (`models:/m-…`, whose artifacts are not the run's);
   * absent for stores that hold none
   */
  listLoggedModels?(experimentId: string): Promise<LoggedModelInfo[]>
  /** bytes of one file of a LoggedModel's artifacts; throws a TrackingReadError naming the path */
  readLoggedModelArtifact?(modelId: string, path: string): Promise<Uint8Array>
  /** everything skipped so far, with the path and the reason */
  problems(): Problem[]
}
