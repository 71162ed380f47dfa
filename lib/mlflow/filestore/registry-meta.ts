import { MODEL_STAGES } from '../../tracking/parse-lifecycle'
import type { ModelStage, ModelVersion, RegisteredModel } from '../../tracking/types'
import type { EntityResult } from './entity-result'
import { integerField, optionalText, textField, timeField } from './meta-fields'

/** current_stage: `None` (a string in the file) when absent; unknown stages read as None. */
function stageField(value: unknown, warnings: string[]): ModelStage {
  if (value === null || value === undefined) return 'None'
  const text = textField(value) ?? ''
  const stage = MODEL_STAGES.find((known) => known.toLowerCase() === text.toLowerCase())
  if (stage) return stage
  warnings.push(`current_stage "${text}" is not a model stage; read as None`)
  return 'None'
}

function descriptionField(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** `models/<name>/version-N/meta.yaml` → ModelVersion (aliases are filled in by the caller). */
export function modelVersionFromMeta(
  meta: Record<string, unknown>,
  folderVersion: number,
  modelName: string,
  tags: Record<string, string>,
): EntityResult<ModelVersion> {
  const warnings: string[] = []
  let version = integerField(meta.version)
  if (version === undefined) {
    warnings.push(
      `version "${String(meta.version)}" is not a whole number; the folder number is used`,
    )
    version = folderVersion
  }
  const value: ModelVersion = {
    name: textField(meta.name) ?? modelName,
    version,
    stage: stageField(meta.current_stage, warnings),
    runId: optionalText(meta.run_id),
    source: textField(meta.source) ?? '',
    status: textField(meta.status) ?? '',
    creationTime: timeField(meta, 'creation_timestamp', warnings),
    lastUpdatedTime: timeField(meta, 'last_updated_timestamp', warnings),
    description: descriptionField(meta.description),
    tags,
    aliases: [],
  }
  return { ok: true, value, warnings }
}

/** `models/<name>/meta.yaml` → RegisteredModel without versions and aliases. */
export function registeredModelFromMeta(
  meta: Record<string, unknown>,
  folderName: string,
  tags: Record<string, string>,
): EntityResult<RegisteredModel> {
  const warnings: string[] = []
  const name = textField(meta.name)
  if (name === undefined) warnings.push('no name; the folder name is used')
  const value: RegisteredModel = {
    name: name ?? folderName,
    description: descriptionField(meta.description),
    creationTime: timeField(meta, 'creation_timestamp', warnings),
    lastUpdatedTime: timeField(meta, 'last_updated_timestamp', warnings),
    tags,
    aliases: {},
    versions: [],
  }
  return { ok: true, value, warnings }
}
