import type { Experiment } from '../../tracking/types'
import type { EntityResult } from './entity-result'
import { lifecycleField, textField, timeField } from './meta-fields'

/**
 * `mlruns/<id>/meta.yaml` → Experiment, with MLflow's rules: experiment_id must equal the folder
 * name (old int ids compare as text), name is required; experiments under .trash are deleted.
 */
export function experimentFromMeta(
  meta: Record<string, unknown>,
  folderName: string,
  inTrash: boolean,
  tags: Record<string, string>,
): EntityResult<Experiment> {
  const id = textField(meta.experiment_id)
  if (id === undefined) return { ok: false, reason: 'no experiment_id; experiment skipped' }
  if (id !== folderName) {
    return {
      ok: false,
      reason: `experiment ID mismatch: experiment_id is "${id}" but the folder is "${folderName}"; experiment skipped, as MLflow does`,
    }
  }
  const name = textField(meta.name)
  if (name === undefined) return { ok: false, reason: 'no name; experiment skipped' }
  const warnings: string[] = []
  const artifactLocation = textField(meta.artifact_location)
  if (artifactLocation === undefined) warnings.push('no artifact_location')
  const lifecycle = lifecycleField(meta.lifecycle_stage, warnings)
  const experiment: Experiment = {
    id,
    name,
    artifactLocation: artifactLocation ?? '',
    lifecycle: inTrash ? 'deleted' : lifecycle,
    creationTime: timeField(meta, 'creation_time', warnings),
    lastUpdateTime: timeField(meta, 'last_update_time', warnings),
    tags,
  }
  return { ok: true, value: experiment, warnings }
}
