import path from 'node:path'
import { PipelineInputError } from './pipeline-input-error'
import { RAW_DOWNLOAD_BASE_URL } from './raw-data-sources'
import type { DownloadOptions } from './raw-data-download'
import { fileStoreRoot } from './tracking-location'

export const DEFAULT_SEED = 42
export const DEFAULT_TEST_SIZE = 0.2
export const DEFAULT_EXPERIMENT = 'kobe'
export const DEFAULT_REGISTERED_MODEL = 'kobe-shot-model'

export interface PipelineOptions {
  /** root of data/ and (by default) mlruns/; default the current folder */
  projectDir?: string
  /** folder holding the raw parquet files (--data-dir); default env KOBE_DATA_DIR */
  dataDir?: string | null
  /** default env MLFLOW_EXPERIMENT_NAME, then "kobe" */
  experiment?: string
  seed?: number
  testSize?: number
  /** default env MLFLOW_TRACKING_URI, then <projectDir>/mlruns */
  trackingUri?: string | null
  registeredModelName?: string
  cvFolds?: number
  maxDepth?: number
  /** false never downloads; default the course repository with a 30 s timeout */
  download?: Partial<DownloadOptions> | false
  env?: Readonly<Record<string, string | undefined>>
}

export interface PipelineConfig {
  projectDir: string
  dataDir: string | null
  dataDirLabel: string
  rawDir: string
  processedDir: string
  outputDir: string
  trackingRoot: string
  experiment: string
  seed: number
  testSize: number
  registeredModelName: string
  cvFolds: number
  maxDepth: number
  download: DownloadOptions | false
}

/** Fills defaults from options, then the environment; rejects out-of-range values by name. */
export function resolvePipelineConfig(options: PipelineOptions = {}): PipelineConfig {
  const rawEnv = options.env ?? process.env
  // an empty variable counts as unset, as in MLflow
  const env = (name: string) => rawEnv[name]?.trim() || undefined
  const projectDir = path.resolve(options.projectDir ?? process.cwd())
  const seed = options.seed ?? DEFAULT_SEED
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) {
    throw new PipelineInputError(`seed must be a whole number from 0 to 4294967295, got ${seed}`)
  }
  const testSize = options.testSize ?? DEFAULT_TEST_SIZE
  if (!(testSize > 0 && testSize < 1)) {
    throw new PipelineInputError(`test size must be between 0 and 1 (e.g. 0.2), got ${testSize}`)
  }
  const experiment = (
    options.experiment ??
    env('MLFLOW_EXPERIMENT_NAME') ??
    DEFAULT_EXPERIMENT
  ).trim()
  if (!experiment) throw new PipelineInputError('experiment name must not be empty')
  const dataDirOption = options.dataDir === undefined ? env('KOBE_DATA_DIR') : options.dataDir
  const trackingUri = options.trackingUri ?? env('MLFLOW_TRACKING_URI')
  const download = options.download ?? {}
  return {
    projectDir,
    dataDir: dataDirOption ? path.resolve(projectDir, dataDirOption) : null,
    dataDirLabel: options.dataDir ? '--data-dir' : 'KOBE_DATA_DIR',
    rawDir: path.join(projectDir, 'data', 'raw'),
    processedDir: path.join(projectDir, 'data', 'processed'),
    outputDir: path.join(projectDir, 'data', 'output'),
    trackingRoot: trackingUri
      ? fileStoreRoot(trackingUri, projectDir)
      : path.join(projectDir, 'mlruns'),
    experiment,
    seed,
    testSize,
    registeredModelName: options.registeredModelName ?? DEFAULT_REGISTERED_MODEL,
    cvFolds: options.cvFolds ?? 5,
    maxDepth: options.maxDepth ?? 12,
    download: download && {
      baseUrl: download.baseUrl ?? RAW_DOWNLOAD_BASE_URL,
      timeoutMs: download.timeoutMs ?? 30_000,
    },
  }
}
