import type { ProblemLog } from '../../tracking/problem-log'
import type {
  ArtifactEntry,
  Experiment,
  MetricPoint,
  ModelVersion,
  RegisteredModel,
  Run,
} from '../../tracking/types'
import { asArray, asNumber, asObject, asString, keyValues } from './json'
import { parseLifecycle, parseModelStage, parseRunStatus } from '../../tracking/parse-lifecycle'
import { isLaterMetricPoint } from '../filestore/metric-file'

/** A metric as the REST API writes it: value may be "NaN", "Infinity" or "-Infinity". */
export function decodeMetricPoint(value: unknown): MetricPoint {
  const metric = asObject(value)
  return {
    value: asNumber(metric?.value) ?? NaN,
    timestamp: asNumber(metric?.timestamp) ?? 0,
    step: asNumber(metric?.step) ?? 0,
  }
}

export function decodeExperiment(
  value: unknown,
  where: string,
  problems: ProblemLog,
): Experiment | null {
  const experiment = asObject(value)
  const id = asString(experiment?.experiment_id)
  if (!experiment || id === null) {
    problems.add(where, 'an experiment without experiment_id was skipped')
    return null
  }
  const stage = asString(experiment.lifecycle_stage)
  const lifecycle = parseLifecycle(stage)
  if (!lifecycle) problems.add(`${where}#experiments/${id}`, `unknown lifecycle_stage "${stage}"`)
  return {
    id,
    name: asString(experiment.name) ?? '',
    artifactLocation: asString(experiment.artifact_location) ?? '',
    lifecycle: lifecycle ?? 'active',
    creationTime: asNumber(experiment.creation_time),
    lastUpdateTime: asNumber(experiment.last_update_time),
    tags: keyValues(experiment.tags),
  }
}

/** Latest value per key; runs/search already sends one per key, duplicates keep MLflow's latest. */
function latestMetrics(list: unknown): Record<string, MetricPoint> {
  const metrics: Record<string, MetricPoint> = {}
  for (const item of asArray(list)) {
    const key = asString(asObject(item)?.key)
    if (key === null) continue
    const point = decodeMetricPoint(item)
    const current = metrics[key]
    if (!current || isLaterMetricPoint(point, current)) metrics[key] = point
  }
  return metrics
}

export function decodeRun(value: unknown, where: string, problems: ProblemLog): Run | null {
  const run = asObject(value)
  const info = asObject(run?.info)
  const id = asString(info?.run_id) ?? asString(info?.run_uuid)
  if (!info || id === null) {
    problems.add(where, 'a run without run_id was skipped')
    return null
  }
  const data = asObject(run?.data)
  const tags = keyValues(data?.tags)
  const rawStatus = asString(info.status)
  const status = parseRunStatus(rawStatus)
  if (!status)
    problems.add(`${where}#runs/${id}`, `unknown status "${rawStatus}"; shown as RUNNING`)
  const lifecycle = parseLifecycle(asString(info.lifecycle_stage))
  return {
    id,
    experimentId: asString(info.experiment_id) ?? '',
    name: asString(info.run_name) || tags['mlflow.runName'] || '',
    status: status ?? 'RUNNING',
    lifecycle: lifecycle ?? 'active',
    startTime: asNumber(info.start_time),
    endTime: asNumber(info.end_time),
    userId: asString(info.user_id) || tags['mlflow.user'] || '',
    artifactUri: asString(info.artifact_uri) ?? '',
    params: keyValues(data?.params),
    tags,
    metrics: latestMetrics(data?.metrics),
  }
}

export function decodeArtifactEntry(value: unknown): ArtifactEntry | null {
  const file = asObject(value)
  const path = asString(file?.path)
  if (path === null) return null
  const isDir = file?.is_dir === true
  return { path, isDir, size: isDir ? null : asNumber(file?.file_size) }
}

export function decodeModelVersion(
  value: unknown,
  where: string,
  problems: ProblemLog,
): ModelVersion | null {
  const version = asObject(value)
  const name = asString(version?.name)
  const number = asNumber(version?.version)
  if (!version || name === null || number === null || !Number.isInteger(number)) {
    problems.add(where, `a model version without a name or an integer version was skipped`)
    return null
  }
  const stageText = asString(version.current_stage) ?? 'None'
  const stage = parseModelStage(stageText)
  if (!stage)
    problems.add(`${where}#${name}/${number}`, `unknown stage "${stageText}"; shown as None`)
  return {
    name,
    version: number,
    stage: stage ?? 'None',
    runId: asString(version.run_id) || null,
    source: asString(version.source) ?? '',
    status: asString(version.status) ?? 'READY',
    creationTime: asNumber(version.creation_timestamp),
    lastUpdatedTime: asNumber(version.last_updated_timestamp),
    description: asString(version.description),
    tags: keyValues(version.tags),
    aliases: asArray(version.aliases)
      .map(asString)
      .filter((a): a is string => a !== null),
  }
}

/** A registered model without its versions (they come from model-versions/search). */
export function decodeRegisteredModel(
  value: unknown,
  where: string,
  problems: ProblemLog,
): RegisteredModel | null {
  const model = asObject(value)
  const name = asString(model?.name)
  if (!model || name === null) {
    problems.add(where, 'a registered model without a name was skipped')
    return null
  }
  const aliases: Record<string, number> = {}
  for (const item of asArray(model.aliases)) {
    const alias = asString(asObject(item)?.alias)
    const version = asNumber(asObject(item)?.version)
    if (alias !== null && version !== null) aliases[alias] = version
  }
  return {
    name,
    description: asString(model.description),
    creationTime: asNumber(model.creation_timestamp),
    lastUpdatedTime: asNumber(model.last_updated_timestamp),
    tags: keyValues(model.tags),
    aliases,
    versions: [],
  }
}
