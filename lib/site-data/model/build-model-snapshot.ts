import { FEATURES } from '../../model/features'
import { featureSpecs } from '../../views/what-if/feature-specs'
import { findModels, type FoundModels } from '../../views/what-if/find-served-model'
import {
  categoricalInputs,
  estimatorName,
  modelInputs,
  modelKind,
} from '../../views/what-if/what-if-model'
import { modelKey } from '../../views/what-if/select-model'
import type { PredictionsInput } from '../predictions/predictions-input'
import type { TrackingInput } from '../tracking-input'
import { directorySiteSink } from '../directory-site-sink'
import { siteJson, type SiteFileSink } from '../site-file-sink'
import {
  MODEL_SNAPSHOT_VERSION,
  type FeatureSpec,
  type ModelEntry,
  type ModelSnapshot,
} from './model-snapshot-types'

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
  /** most models to ship (default MODEL_LIST_LIMIT, 20) */
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
      unloadable: [],
      detail: `no MLflow tracking store configured: ${RUN_PIPELINE}`,
      notes: [],
      noStore: true,
    }
  }
  if (inputs.tracking.status === 'unopened') {
    return {
      models: [],
      unloadable: [],
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
      unloadable: [],
      detail: `${store.location}: ${describe(error)}: ${RUN_PIPELINE}`,
      notes: [],
    }
  }
}

/** The form's spec of every input of the listed models: numbers as featureSpecs, categories as selects. */
function inputSpecs(
  models: readonly ModelEntry[],
  dev: Record<string, Float64Array>,
  prod: Record<string, Float64Array>,
): FeatureSpec[] {
  const names = models.length > 0 ? [...new Set(models.flatMap((m) => m.inputs))] : [...FEATURES]
  const categories: Record<string, string[]> = {}
  for (const m of models) {
    for (const [name, list] of Object.entries(categoricalInputs(m.model)))
      categories[name] = [...new Set([...(categories[name] ?? []), ...list])]
  }
  return featureSpecs(names, dev, prod).map((spec) => {
    const list = categories[spec.name]
    if (!list || list.length === 0) return spec
    return {
      ...spec,
      unit: '',
      min: 0,
      max: list.length - 1,
      step: 1,
      integer: true,
      default: 0,
      train: null,
      categories: list,
    }
  })
}

/**
 * Build step of the what-if view, from the inputs loadSiteInputs loaded: lists the models of
 * the tracking store (registered versions, the alias holder first, then runs with a logged
 * model; see findModels), loads each as the scoring server does (a pickle through the model
 * reader, or our model.json), and writes `<outDir>/model.json` with the served model (`source`,
 * `model`), every loadable one (`models`, the served one first, each with its estimator and
 * inputs), one line per model that could not be loaded (`unloadable`, also in `notes`), and the
 * inputs' specs: ranges from the dev (training) and prod predictions, categories from the models.
 * Never throws for missing or bad inputs: the snapshot's `problem` says why there is no model.
 */
export async function buildModelSnapshot(inputs: ModelSnapshotInputs): Promise<ModelSnapshot> {
  const found = await findModel(inputs)
  const notes = [...found.notes]
  const dev = featureColumns(inputs.dev, 'dev', notes)
  const prod = featureColumns(inputs.prod, 'prod', notes)
  const served = found.models[0] ?? null
  const models: ModelEntry[] = found.models.map((m) => ({
    key: modelKey(m.source),
    ...m,
    estimator: estimatorName(m.model),
    kind: modelKind(m.model),
    inputs: modelInputs(m.model),
  }))
  const features = inputSpecs(models, dev, prod)
  const missingDev = features.filter((f) => !f.categories && !dev[f.name]).map((f) => f.name)
  if (inputs.dev && Object.keys(dev).length > 0 && missingDev.length > 0) {
    notes.push(`dev predictions lack ${missingDev.join(', ')}: no training range for them`)
  }
  const snapshot: ModelSnapshot = {
    version: MODEL_SNAPSHOT_VERSION,
    generatedAt: (inputs.now?.() ?? new Date()).toISOString(),
    source: served?.source ?? null,
    model: served?.model ?? null,
    models,
    unloadable: found.unloadable,
    features,
    problem: served
      ? null
      : { code: found.noStore ? 'no_store' : 'no_model', detail: found.detail ?? 'no model' },
    notes,
  }
  const sink = inputs.sink ?? (inputs.outDir ? directorySiteSink(inputs.outDir) : null)
  if (sink) await sink.write('model.json', siteJson(snapshot))
  return snapshot
}
