import { join } from 'node:path'
import type { Lifecycle, MetricPoint } from '../../tracking/types'
import type { FileStoreFs } from './fs'
import { readKeyValueFolder } from './key-folder'
import { lifecycleField, optionalText, textField, timeField } from './meta-fields'
import { readLatestMetrics } from './metric-folder'
import { readYamlMapping } from './yaml-file'

/** An MLflow 3.x LoggedModel (`<exp>/models/<model_id>/`); FileStore-only, not in TrackingStore. */
export interface LoggedModel {
  id: string
  experimentId: string
  name: string
  sourceRunId: string | null
  /** UNSPECIFIED | PENDING | READY | FAILED */
  status: string
  lifecycle: Lifecycle
  modelType: string | null
  artifactLocation: string
  creationTime: number | null
  lastUpdatedTime: number | null
  params: Record<string, string>
  tags: Record<string, string>
  metrics: Record<string, MetricPoint>
}

const LOGGED_MODEL_STATUS = ['UNSPECIFIED', 'PENDING', 'READY', 'FAILED']

function statusName(value: unknown): string {
  if (typeof value === 'number') return LOGGED_MODEL_STATUS[value] ?? String(value)
  return textField(value) ?? 'UNSPECIFIED'
}

async function readLoggedModel(
  fs: FileStoreFs,
  folder: string,
  experimentId: string,
): Promise<LoggedModel | null> {
  const metaFile = join(folder, 'meta.yaml')
  const meta = await readYamlMapping(fs, metaFile)
  if (meta === undefined) fs.log.add(folder, 'no meta.yaml: logged model skipped')
  if (!meta) return null
  const id = textField(meta.model_id)
  if (id === undefined) {
    fs.log.add(metaFile, 'no model_id: logged model skipped')
    return null
  }
  const warnings: string[] = []
  const [params, tags, metrics] = await Promise.all([
    readKeyValueFolder(fs, join(folder, 'params')),
    readKeyValueFolder(fs, join(folder, 'tags')),
    readLatestMetrics(fs, join(folder, 'metrics'), { loggedModel: true }),
  ])
  const model: LoggedModel = {
    id,
    experimentId,
    name: textField(meta.name) ?? '',
    sourceRunId: optionalText(meta.source_run_id),
    status: statusName(meta.status),
    lifecycle: lifecycleField(meta.lifecycle_stage, warnings),
    modelType: optionalText(meta.model_type),
    artifactLocation: textField(meta.artifact_location) ?? '',
    creationTime: timeField(meta, 'creation_timestamp', warnings),
    lastUpdatedTime: timeField(meta, 'last_updated_timestamp', warnings),
    params,
    tags,
    metrics,
  }
  for (const warning of warnings) fs.log.add(metaFile, warning)
  return model
}

/** The LoggedModels of one experiment folder, sorted by creation time then id. */
export async function readLoggedModels(
  fs: FileStoreFs,
  experimentFolder: string,
  experimentId: string,
): Promise<LoggedModel[]> {
  const folder = join(experimentFolder, 'models')
  const entries = (await fs.listFolder(folder)) ?? []
  const models = await Promise.all(
    entries
      .filter((entry) => entry.kind === 'dir')
      .map((entry) => readLoggedModel(fs, join(folder, entry.name), experimentId)),
  )
  return models
    .filter((model): model is LoggedModel => model !== null)
    .sort((a, b) => (a.creationTime ?? 0) - (b.creationTime ?? 0) || (a.id < b.id ? -1 : 1))
}
