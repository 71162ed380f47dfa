/**
 * Shape of an MLflow SQLite fixture spec: both what goes into the database (encoded the way
 * MLflow's SQL store encodes it) and, literally, what the reader must give back: `name`, `userId`
 * and `latest` are written by hand, not derived.
 */
import type { Lifecycle, ModelStage, RunStatus } from '../lib/tracking/types'

/** key, value, timestamp (ms), step */
export type MetricRow = [string, number, number, number]

export interface ExperimentSpec {
  id: string
  name: string
  artifactLocation: string
  lifecycle: Lifecycle
  creationTime: number | null
  lastUpdateTime: number | null
  tags: Record<string, string>
}

export interface RunSpec {
  id: string
  experimentId: string
  /** stored in runs.name (1.x wrote '' and kept the name in the mlflow.runName tag) */
  nameColumn: string | null
  /** what the reader must show */
  name: string
  userColumn: string | null
  userId: string
  status: RunStatus
  lifecycle: Lifecycle
  start: number
  end: number | null
  deletedTime?: number
  artifactUri: string
  params: Record<string, string>
  tags: Record<string, string>
  history: MetricRow[]
  /** latest value per key as MLflow shows it: [value, timestamp, step] */
  latest: Record<string, [number, number, number]>
  /** folder (relative to the fixture folder) holding this run's artifacts, when there is one */
  artifactRoot?: string
}

export interface VersionSpec {
  version: number
  stage: ModelStage
  runId: string | null
  source: string
  status: string
  creationTime: number
  lastUpdatedTime: number
  description: string | null
  tags: Record<string, string>
  /** model_versions.storage_location (default `<source>/storage` for a version with a run) */
  storageLocation?: string
}

/** An MLflow 3.x LoggedModel row (logged_models), as the SQL store writes it. */
export interface LoggedModelSpec {
  id: string
  experimentId: string
  name: string
  artifactLocation: string
  creationTime: number
  lastUpdatedTime: number
  /** LoggedModelStatus as stored: 0 UNSPECIFIED, 1 PENDING, 2 READY, 3 FAILED */
  status: number
  lifecycle: Lifecycle
  sourceRunId: string | null
}

export interface ModelSpec {
  name: string
  description: string | null
  creationTime: number
  lastUpdatedTime: number
  tags: Record<string, string>
  aliases: Record<string, number>
  versions: VersionSpec[]
}

export interface FixtureSpec {
  folder: string
  dbFile: string
  schemaFile: string
  revision: string
  description: string
  /** which columns and tables the schema generation has */
  has: {
    isNan: boolean
    latestMetrics: boolean
    experimentTags: boolean
    experimentTimes: boolean
    deletedTime: boolean
    registry: boolean
    registryTags: boolean
    aliases: boolean
    /** the logged_models table (MLflow 3.x) */
    loggedModels: boolean
  }
  experiments: ExperimentSpec[]
  runs: RunSpec[]
  models: ModelSpec[]
  loggedModels?: LoggedModelSpec[]
  /** artifact files: path relative to the fixture folder → text content */
  files: Record<string, string>
  /** binary artifact files: path relative to the fixture folder → a file of the repository */
  copies?: Record<string, string>
  checks: {
    metricHistory: { runId: string; key: string }[]
    artifacts: { runId: string; path: string }[]
    artifactText: { runId: string; path: string }[]
    /** problem path relative to the fixture folder, and a part of its message */
    problems: { path: string; includes: string }[]
  }
}
