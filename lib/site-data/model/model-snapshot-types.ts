import type { LoggedModel } from '../../serving/read-logged-model'

/**
 * `public/data/model.json`: the model the what-if view serves, where it came from, and the
 * inputs' valid ranges. Written at build time by `buildModelSnapshot`; read by the browser.
 */
export const MODEL_SNAPSHOT_VERSION = 2

/** How the served model was found in the tracking store. */
export type ModelChoice = 'alias' | 'latest_version' | 'older_version' | 'newest_run' | 'other_run'

export interface ServedModelSource {
  /** registered model name; null when the model came from a run without a registry entry */
  registeredModel: string | null
  version: number | null
  /** the alias that chose it (e.g. `champion`); null for the latest version or a plain run */
  alias: string | null
  /** the version's stage (`Production`, `Staging`, `Archived`); null for none or a plain run */
  stage: string | null
  runId: string
  runName: string | null
  experimentId: string | null
  /** artifact path of the model file inside the run, e.g. `model/model.json` or `model/model.pkl` */
  artifactPath: string
  chosenBy: ModelChoice
  /** why the pipeline chose this model (parent run's `model.selection_reason`), when recorded */
  selectionReason: string | null
  /** the tracking store: folder, database file or server URL */
  store: string
}

/**
 * One model the page can run: its stable key (`name/version`, else the run id, `:folder` when a
 * run logged several), origin, and the model itself (our kobe-model-json, or a pickle rebuilt as
 * lib/model-reader's PortableModel), with what the selector and the form show of it.
 */
export interface ModelEntry {
  key: string
  source: ServedModelSource
  model: LoggedModel
  /** `LogisticRegression`, `Pipeline(StandardScaler, LogisticRegression)` */
  estimator: string
  /** a classifier's P(positive class), or a regressor's output shown as a score clipped to [0, 1] */
  kind: 'classifier' | 'regressor'
  /** the model's inputs, in order (names of `features` specs) */
  inputs: string[]
}

/** A logged model the build found but could not load: who it is and why, in one sentence. */
export interface UnloadableModel {
  /** `kobe-shot-model version 3` or `run <name> (<8 chars of the id>)` */
  label: string
  reason: string
}

/** One model input as the form shows it. */
export interface FeatureSpec {
  name: string
  /** English label; the page uses its catalogue for the known features */
  label: string
  /** '°', 'min', 'ft' or '' */
  unit: string
  /** valid range: the physical range of the court and the game, widened to every observed value */
  min: number
  max: number
  step: number
  integer: boolean
  /** starting value: the dev median on the step grid */
  default: number
  /** range of the dev (training) rows; null when the dev file lacks the column */
  train: { min: number; max: number; rows: number } | null
  /**
   * a categorical input (the model's OneHotEncoder categories): the form shows a select and the
   * value is the index into this list (min 0, max length − 1); absent for a number
   */
  categories?: string[]
}

/** Why there is no model to serve: no store at all, or no readable model file in it. */
export interface ModelProblem {
  code: 'no_store' | 'no_model'
  /** the details, naming the store and what was tried */
  detail: string
}

export interface ModelSnapshot {
  version: typeof MODEL_SNAPSHOT_VERSION
  generatedAt: string
  /** the served (default) model: the same as `models[0]` */
  source: ServedModelSource | null
  model: LoggedModel | null
  /**
   * every loadable model found: registered versions (the alias first, then staged ones), then
   * runs with a logged model not already listed; empty when model is null
   */
  models: ModelEntry[]
  /** the logged models that could not be loaded, one line each */
  unloadable: UnloadableModel[]
  /** the inputs of every listed model, the served model's first */
  features: FeatureSpec[]
  /** set exactly when model is null */
  problem: ModelProblem | null
  /** what was skipped on the way (a version without a model file, a dev file missing…) */
  notes: string[]
}
