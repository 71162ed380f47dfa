import type { ProblemLog } from '../../tracking/problem-log'
import type { LoggedModelInfo } from '../../tracking/types'
import { parseLifecycle } from '../../tracking/parse-lifecycle'
import { asNumber, asObject, asString } from './json'

/** LoggedModelStatus as proto3 JSON spells it (`LOGGED_MODEL_READY`…) → the short name. */
const STATUS: Record<string, string> = {
  LOGGED_MODEL_STATUS_UNSPECIFIED: 'UNSPECIFIED',
  LOGGED_MODEL_PENDING: 'PENDING',
  LOGGED_MODEL_READY: 'READY',
  LOGGED_MODEL_UPLOAD_FAILED: 'FAILED',
}

/** MLflow's LoggedModel ids: `m-` and a uuid4 hex (any word characters accepted). */
export const LOGGED_MODEL_ID = /^m-[\w-]+$/

/**
 * One entry of `POST /logged-models/search` (`{info: {model_id, experiment_id, name, status,
 * source_run_id, creation_timestamp_ms, artifact_uri…}, data}`); null, with a problem, without a
 * model_id. A missing status is UNSPECIFIED (proto3 JSON leaves out the zero value).
 */
export function decodeLoggedModel(
  value: unknown,
  where: string,
  problems: ProblemLog,
): LoggedModelInfo | null {
  const info = asObject(asObject(value)?.info)
  const id = asString(info?.model_id)
  if (!info || id === null) {
    problems.add(where, 'a logged model without info.model_id was skipped')
    return null
  }
  const rawStatus = asString(info.status) ?? 'LOGGED_MODEL_STATUS_UNSPECIFIED'
  const status = STATUS[rawStatus]
  if (!status) problems.add(`${where}#${id}`, `unknown status "${rawStatus}"; shown as UNSPECIFIED`)
  const stage = asString(info.lifecycle_stage)
  const lifecycle = parseLifecycle(stage)
  if (!lifecycle) problems.add(`${where}#${id}`, `unknown lifecycle_stage "${stage}"`)
  return {
    id,
    experimentId: asString(info.experiment_id) ?? '',
    name: asString(info.name) ?? '',
    sourceRunId: asString(info.source_run_id) || null,
    status: status ?? 'UNSPECIFIED',
    lifecycle: lifecycle ?? 'active',
    creationTime: asNumber(info.creation_timestamp_ms),
  }
}
