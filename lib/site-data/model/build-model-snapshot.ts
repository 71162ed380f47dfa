import { FEATURES } from '../../model/features'
import { featureSpecs } from '../../views/what-if/feature-specs'
import { findModels, type FoundModels } from '../../views/what-if/find-served-model'
import { modelKey } from '../../views/what-if/select-model'
import type { PredictionsInput } from '../predictions/predictions-input'
import type { TrackingInput } from '../tracking-input'
import { directorySiteSink } from '../directory-site-sink'
import { siteJson, type SiteFileSink } from '../site-file-sink'
import { MODEL_SNAPSHOT_VERSION, type ModelEntry, type ModelSnapshot } from './model-snapshot-types'

export interface ModelSnapshotInputs {
  /** the tracking store as loadSiteInputs opened it; null = none configured */
  tracking: TrackingInput | null
  /** predictions files as loadSiteInputs read them: dev gives the training ranges, prod widens the valid ranges */
  dev: PredictionsInput | null
  prod: PredictionsInput | null
  /** folder the site serves as `/data/` (public/data); null = do not write */
  outDir: string | null
  /** where model.json goes instead of outDir (a project opened in the page keeps it in memory) */
  sink?: SiteFileSink
  alias?: string
  /** most models to ship (default 20) */
  limit?: number
  now?: () => Date
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))
const RUN_PIPELINE = 'run `npm run pipeline`'

/** Feature columns of a predictions file, or null with a note when it cannot be read. */
function featureColumns(
  input: PredictionsInput | null,
  side: string,
  notes: string[],
): Record<string, Float64Array> {
  if (!input) return {}
  if (input.status === 'read') return input.predictions.data.features
  notes.push(
    `${side} predictions unreadable, ranges use the court's physical limits only: ${input.error}`,
  )
  return {}
}

async function findModel(
  inputs: ModelSnapshotInputs,
): Promise<FoundModels & { noStore?: boolean }> {
  if (!inputs.tracking) {
    return {
      models: [],
      detail: `no MLflow tracking store configured: ${RUN_PIPELINE}`,
      notes: [],
      noStore: true,
    }
  }
  if (inputs.tracking.status === 'unopened') {
    return {
      models: [],
      detail: `${describe(inputs.tracking.error)}: ${RUN_PIPELINE}`,
      notes: [],
      noStore: true,
    }
  }
  const store = inputs.tracking.store
  try {
    const found = await findModels(store, { alias: inputs.alias, limit: inputs.limit })
    for (const p of store.problems()) found.notes.push(`${p.path}: ${p.message}`)
    if (found.detail) return { ...found, detail: `${found.detail}: ${RUN_PIPELINE}` }
    return found
  } catch (error) {
    return {
      models: [],
      detail: `${store.location}: ${describe(error)}: ${RUN_PIPELINE}`,
      notes: [],
    }
  }
}

/**
 * Build step of the what-if view, from the inputs loadSiteInputs loaded: finds the models to serve in the tracking store (registered
 * alias → latest version → newest run with `model/model.json`; see findServedModel), the
 * inputs' ranges from the dev (training) and prod predictions, and writes `<outDir>/model.json`
 * with the served model (`source`, `model`) and every other readable one whose inputs the form
 * has (`models`, the served one first).
 * Never throws for missing or bad inputs: the snapshot's `problem` says why there is no model.
 */
export async function buildModelSnapshot(inputs: ModelSnapshotInputs): Promise<ModelSnapshot> {
  const found = await findModel(inputs)
  const notes = [...found.notes]
  const dev = featureColumns(inputs.dev, 'dev', notes)
  const prod = featureColumns(inputs.prod, 'prod', notes)
  const served = found.models[0] ?? null
  const names = served ? served.model.features : [...FEATURES]
  const models: ModelEntry[] = []
  for (const m of found.models) {
    const lacking = m.model.features.filter((f) => !names.includes(f))
    if (lacking.length === 0) models.push({ key: modelKey(m.source), ...m })
    else notes.push(`run ${m.source.runId}: inputs ${lacking.join(', ')} not in the form: skipped`)
  }
  const missingDev = names.filter((n) => !dev[n])
  if (inputs.dev && Object.keys(dev).length > 0 && missingDev.length > 0) {
    notes.push(`dev predictions lack ${missingDev.join(', ')}: no training range for them`)
  }
  const snapshot: ModelSnapshot = {
    version: MODEL_SNAPSHOT_VERSION,
    generatedAt: (inputs.now?.() ?? new Date()).toISOString(),
    source: served?.source ?? null,
    model: served?.model ?? null,
    models,
    features: featureSpecs(names, dev, prod),
    problem: served
      ? null
      : { code: found.noStore ? 'no_store' : 'no_model', detail: found.detail ?? 'no model' },
    notes,
  }
  const sink = inputs.sink ?? (inputs.outDir ? directorySiteSink(inputs.outDir) : null)
  if (sink) await sink.write('model.json', siteJson(snapshot))
  return snapshot
}
