import type { PortableModel } from '../../model-reader/model-node'
import { showValue } from '../../model/model-json-error'
import { parseModelJson } from '../../model/parse-model-json'
import type { LoggedModel } from '../../serving/read-logged-model'
import { expectField, parseSiteJson, reviveNumbers, type SiteFileInput } from '../parse-site-json'
import { SiteFileError } from '../site-file-error'
import {
  MODEL_SNAPSHOT_VERSION,
  type ModelEntry,
  type ModelSnapshot,
  type UnloadableModel,
} from './model-snapshot-types'

export const MODEL_SNAPSHOT_FILE = 'data/model.json'

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string')

/** A PortableModel's shape (the reader's output, shipped as JSON): one sentence when it is not. */
function parsePortable(value: Record<string, unknown>, where: string, file: string): PortableModel {
  const bad = (field: string, must: string) =>
    new SiteFileError(
      file,
      `${where}: field "${field}" must be ${must}, got ${showValue(value[field])}: rebuild the site (npm run build)`,
    )
  if (value.kind !== 'classifier' && value.kind !== 'regressor')
    throw bad('kind', '"classifier" or "regressor"')
  if (!isStrings(value.steps)) throw bad('steps', 'a list of class names')
  if (value.features !== null && !isStrings(value.features))
    throw bad('features', 'null or a list of names')
  if (value.classes !== null && !Array.isArray(value.classes))
    throw bad('classes', 'null or a list')
  if (typeof value.inputCount !== 'number' || !Number.isInteger(value.inputCount))
    throw bad('inputCount', 'a whole number')
  if (!isRecord(value.root) || typeof value.root.op !== 'string')
    throw bad('root', 'a model node with an "op"')
  reviveNumbers(value.root)
  return value as unknown as PortableModel
}

function parseModel(value: unknown, where: string, file: string): LoggedModel {
  if (isRecord(value) && value.format === 'portable-model/1')
    return parsePortable(value, where, file)
  return parseModelJson(value, `${file} ${where}`)
}

function parseEntry(value: unknown, i: number, file: string): ModelEntry {
  const where = `models[${i}]`
  if (!isRecord(value))
    throw new SiteFileError(file, `${where} is ${showValue(value)}, not an object`)
  const fail = (field: string) =>
    new SiteFileError(
      file,
      `${where} (${showValue(value.key)}): field "${field}" is ${showValue(value[field])}: rebuild the site (npm run build)`,
    )
  if (typeof value.key !== 'string') throw fail('key')
  if (!isRecord(value.source) || typeof value.source.runId !== 'string') throw fail('source')
  if (typeof value.estimator !== 'string') throw fail('estimator')
  if (value.kind !== 'classifier' && value.kind !== 'regressor') throw fail('kind')
  if (!isStrings(value.inputs)) throw fail('inputs')
  const entry = value as unknown as ModelEntry
  return { ...entry, model: parseModel(value.model, `${where} (${entry.key})`, file) }
}

function parseUnloadable(value: unknown, i: number, file: string): UnloadableModel {
  if (!isRecord(value) || typeof value.label !== 'string' || typeof value.reason !== 'string')
    throw new SiteFileError(
      file,
      `unloadable[${i}] is ${showValue(value)}, not {label, reason}: rebuild the site (npm run build)`,
    )
  return { label: value.label, reason: value.reason }
}

/**
 * model.json text or bytes → ModelSnapshot: the version this page reads, the fields the
 * what-if view uses, and every model (our model.json validated again by parseModelJson, a
 * pickle's PortableModel by its shape), so a hand-edited or truncated file is one sentence,
 * not a broken form.
 */
export function parseModelSnapshot(
  input: SiteFileInput,
  file = MODEL_SNAPSHOT_FILE,
): ModelSnapshot {
  const object = parseSiteJson(input, file, MODEL_SNAPSHOT_VERSION)
  expectField(object, 'features', 'array', file)
  expectField(object, 'notes', 'array', file)
  expectField(object, 'models', 'array', file)
  expectField(object, 'unloadable', 'array', file)
  expectField(object, 'model', 'object', file, true)
  expectField(object, 'problem', 'object', file, true)
  for (const feature of object.features as Record<string, unknown>[]) {
    if (typeof feature !== 'object' || feature === null) {
      throw new SiteFileError(file, `field "features" holds ${String(feature)}, not an object`)
    }
    reviveNumbers(feature)
  }
  const snapshot = object as unknown as ModelSnapshot
  const models = (object.models as unknown[]).map((m, i) => parseEntry(m, i, file))
  const model = snapshot.model ? parseModel(snapshot.model, 'model', file) : null
  const unloadable = (object.unloadable as unknown[]).map((u, i) => parseUnloadable(u, i, file))
  return { ...snapshot, model, models, unloadable }
}
