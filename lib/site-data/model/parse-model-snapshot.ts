import { parseModelJson } from '../../model/parse-model-json'
import { expectField, parseSiteJson, reviveNumbers, type SiteFileInput } from '../parse-site-json'
import { SiteFileError } from '../site-file-error'
import { MODEL_SNAPSHOT_VERSION, type ModelEntry, type ModelSnapshot } from './model-snapshot-types'

export const MODEL_SNAPSHOT_FILE = 'data/model.json'

/**
 * model.json text or bytes → ModelSnapshot: the version this page reads, the fields the
 * what-if view uses, and every model (the served one and the selector's) validated again by
 * parseModelJson, so a hand-edited or truncated file is one sentence, not a broken form.
 */
export function parseModelSnapshot(
  input: SiteFileInput,
  file = MODEL_SNAPSHOT_FILE,
): ModelSnapshot {
  const object = parseSiteJson(input, file, MODEL_SNAPSHOT_VERSION)
  expectField(object, 'features', 'array', file)
  expectField(object, 'notes', 'array', file)
  expectField(object, 'model', 'object', file, true)
  expectField(object, 'problem', 'object', file, true)
  if (object.models !== undefined) expectField(object, 'models', 'array', file)
  for (const feature of object.features as Record<string, unknown>[]) {
    if (typeof feature !== 'object' || feature === null) {
      throw new SiteFileError(file, `field "features" holds ${String(feature)}, not an object`)
    }
    reviveNumbers(feature)
  }
  const snapshot = object as unknown as ModelSnapshot
  const model = snapshot.model ? parseModelJson(snapshot.model, `${file} model`) : null
  const models = snapshot.models?.map((m: ModelEntry, i): ModelEntry => ({
    ...m,
    model: parseModelJson(m.model, `${file} models[${i}] (${String(m.key)})`),
  }))
  return { ...snapshot, model, models }
}
