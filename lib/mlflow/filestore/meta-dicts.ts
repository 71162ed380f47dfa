import type { RunStatus } from '../../tracking/types'
import { RUN_STATUS_CODES } from './run-meta'

/** `mlruns/<id>/meta.yaml` as MLflow writes it from `dict(Experiment)` minus tags. */
export function experimentMetaDict(options: {
  id: string
  name: string
  artifactLocation: string
  now: number
}): Record<string, unknown> {
  return {
    artifact_location: options.artifactLocation,
    creation_time: options.now,
    experiment_id: options.id,
    last_update_time: options.now,
    lifecycle_stage: 'active',
    name: options.name,
  }
}

export interface RunMetaState {
  runId: string
  experimentId: string
  runName: string
  userId: string
  status: RunStatus
  startTime: number
  endTime: number | null
  artifactUri: string
}

/**
 * `<exp>/<run>/meta.yaml` as MLflow's `_make_persisted_run_info_dict` writes it, with `run_uuid`
 * beside `run_id` so both MLflow 2.x (requires run_uuid) and 3.x (requires run_id) read it.
 */
export function runMetaDict(state: RunMetaState): Record<string, unknown> {
  return {
    artifact_uri: state.artifactUri,
    deleted_time: null,
    end_time: state.endTime,
    entry_point_name: '',
    experiment_id: state.experimentId,
    lifecycle_stage: 'active',
    run_id: state.runId,
    run_name: state.runName,
    run_uuid: state.runId,
    source_name: '',
    source_type: 4,
    source_version: '',
    start_time: state.startTime,
    status: RUN_STATUS_CODES[state.status],
    tags: [],
    user_id: state.userId,
  }
}

/** `models/<name>/meta.yaml` of the FileStore model registry (3.x keys; 2.x ignores extras). */
export function registeredModelMetaDict(options: {
  name: string
  creationTime: number
  lastUpdatedTime: number
  description: string | null
}): Record<string, unknown> {
  return {
    aliases: {},
    creation_timestamp: options.creationTime,
    deployment_job_id: null,
    deployment_job_state: null,
    description: options.description,
    last_updated_timestamp: options.lastUpdatedTime,
    name: options.name,
  }
}

/** `models/<name>/version-N/meta.yaml` of the FileStore model registry. */
export function modelVersionMetaDict(options: {
  name: string
  version: number
  runId: string
  source: string
  storageLocation: string
  now: number
  description: string | null
  userId: string | null
}): Record<string, unknown> {
  return {
    creation_timestamp: options.now,
    current_stage: 'None',
    deployment_job_state: null,
    description: options.description,
    last_updated_timestamp: options.now,
    model_id: null,
    name: options.name,
    run_id: options.runId,
    run_link: null,
    source: options.source,
    status: 'READY',
    status_message: null,
    storage_location: options.storageLocation,
    user_id: options.userId,
    version: options.version,
  }
}
