import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FEATURES } from '../../model/features'
import { loadPredictionsFile } from '../../predictions/load-predictions'
import { openTrackingStore } from '../../tracking/open-store'
import type { TrackingStore } from '../../tracking/types'
import { featureSpecs } from './feature-specs'
import { findModels, type FoundModels } from './find-served-model'
import { modelKey } from './select-model'
import {
  MODEL_SNAPSHOT_VERSION,
  type ModelEntry,
  type ModelSnapshot,
} from '../../site-data/model/model-snapshot-types'

export const MODEL_SNAPSHOT_FILE = 'model.json'

export interface ModelSnapshotInputs {
  /** MLflow tracking URI, path or project folder (DashboardSources.tracking); null = none */
  tracking: string | null
  /** predictions files: dev gives the training ranges, prod widens the valid ranges */
  dev: string | null
  prod: string | null
  /** folder the site serves as `/data/` (public/data); null = do not write */
  outDir: string | null
  /** resolves relative tracking paths (default: cwd) */
  cwd?: string
  alias?: string
  /** most models to ship (default 20) */
  limit?: number
  now?: () => Date
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))
const RUN_PIPELINE = 'run `npm run pipeline`'

/** Feature columns of a predictions file, or null with a note when it cannot be read. */
async function featureColumns(
  path: string | null,
  side: string,
  notes: string[],
): Promise<Record<string, Float64Array>> {
  if (!path) return {}
  try {
    return (await loadPredictionsFile(path)).data.features
  } catch (error) {
    notes.push(
      `${side} predictions unreadable, ranges use the court's physical limits only: ${describe(error)}`,
    )
    return {}
  }
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
  let store: TrackingStore
  try {
    store = await openTrackingStore(inputs.tracking, { cwd: inputs.cwd })
  } catch (error) {
    return {
      models: [],
      detail: `${describe(error)}: ${RUN_PIPELINE}`,
      notes: [],
      noStore: true,
    }
  }
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
 * Build step of the what-if view: finds the models to serve in the tracking store (registered
 * alias → latest version → newest run with `model/model.json`; see findServedModel), the
 * inputs' ranges from the dev (training) and prod predictions, and writes `<outDir>/model.json`
 * with the served model (`source`, `model`) and every other readable one whose inputs the form
 * has (`models`, the served one first).
 * Never throws for missing or bad inputs: the snapshot's `problem` says why there is no model.
 */
export async function buildModelSnapshot(inputs: ModelSnapshotInputs): Promise<ModelSnapshot> {
  const found = await findModel(inputs)
  const notes = [...found.notes]
  const dev = await featureColumns(inputs.dev, 'dev', notes)
  const prod = await featureColumns(inputs.prod, 'prod', notes)
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
  if (inputs.outDir) {
    await mkdir(inputs.outDir, { recursive: true })
    const target = join(inputs.outDir, MODEL_SNAPSHOT_FILE)
    const temporary = `${target}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(snapshot) + '\n')
    await rename(temporary, target)
  }
  return snapshot
}
