import { parseRunStatus } from '../../tracking/parse-lifecycle'
import type { MetricPoint, Run, RunStatus } from '../../tracking/types'
import type { EntityResult } from './entity-result'
import { lifecycleField, optionalText, textField, timeField } from './meta-fields'

/** MLflow's RunStatus enum: the FileStore writes the int, the REST API and SQL the name. */
export const RUN_STATUS_CODES: Record<RunStatus, number> = {
  RUNNING: 1,
  SCHEDULED: 2,
  FINISHED: 3,
  FAILED: 4,
  KILLED: 5,
}

const STATUS_NAMES = Object.keys(RUN_STATUS_CODES) as RunStatus[]

/** status as int (3) or name ("FINISHED"); RUNNING when absent, as MLflow assumes. */
export function statusField(value: unknown, warnings: string[]): RunStatus {
  if (value === undefined || value === null) return 'RUNNING'
  const text = textField(value)?.trim().toUpperCase() ?? ''
  const byName = parseRunStatus(text)
  if (byName) return byName
  const byCode = STATUS_NAMES.find((name) => String(RUN_STATUS_CODES[name]) === text)
  if (byCode) return byCode
  warnings.push(`status "${String(value)}" is not a run status (1-5 or a name); read as RUNNING`)
  return 'RUNNING'
}

export interface RunFolderData {
  folderName: string
  /** name of the experiment folder the run sits in */
  experimentId: string
  params: Record<string, string>
  tags: Record<string, string>
  metrics: Record<string, MetricPoint>
}

/**
 * `<exp>/<run>/meta.yaml` → Run, reading 1.x (`run_uuid`, legacy `name`), 2.x (`run_uuid` and
 * `run_id`) and 3.x (`run_id`) files. The folder name is the run id, as MLflow looks runs up by
 * folder. A run whose experiment_id is not its folder's is skipped, as MLflow does.
 */
export function runFromMeta(meta: Record<string, unknown>, data: RunFolderData): EntityResult<Run> {
  const experimentId = textField(meta.experiment_id)
  if (experimentId === undefined) return { ok: false, reason: 'no experiment_id; run skipped' }
  if (experimentId !== data.experimentId) {
    return {
      ok: false,
      reason: `wrong experiment ID: experiment_id is "${experimentId}" but the run sits in experiment folder "${data.experimentId}"; run skipped, as MLflow does`,
    }
  }
  const warnings: string[] = []
  const storedId = textField(meta.run_id) ?? textField(meta.run_uuid)
  if (storedId === undefined) warnings.push('no run_id or run_uuid; the folder name is the run id')
  else if (storedId !== data.folderName) {
    warnings.push(
      `run_id "${storedId}" differs from the folder name; the folder name is the run id`,
    )
  }
  const name =
    optionalText(meta.run_name) ??
    optionalText(data.tags['mlflow.runName']) ??
    optionalText(meta.name)
  const run: Run = {
    id: data.folderName,
    experimentId,
    name: name ?? '',
    status: statusField(meta.status, warnings),
    lifecycle: lifecycleField(meta.lifecycle_stage, warnings),
    startTime: timeField(meta, 'start_time', warnings),
    endTime: timeField(meta, 'end_time', warnings),
    userId: optionalText(data.tags['mlflow.user']) ?? textField(meta.user_id) ?? '',
    artifactUri: textField(meta.artifact_uri) ?? '',
    params: data.params,
    tags: data.tags,
    metrics: data.metrics,
  }
  return { ok: true, value: run, warnings }
}
