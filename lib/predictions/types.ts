/**
 * The predictions model: whatever wrote the parquet file (our pipeline, PyCaret 2 or 3, Kedro,
 * hand-written sklearn code), it is reshaped into these types. Nothing downstream knows the
 * original column names or conventions.
 */

import { FEATURES, type FeatureName } from '../model/features'

/** Canonical model features, in the order the model uses them. */
export const FEATURE_KEYS = FEATURES
export type FeatureKey = FeatureName

/** Canonical context columns: not model inputs, but used for maps, breakdowns and time views. */
export const CONTEXT_KEYS = [
  'shot_id',
  'game_date',
  'season',
  'loc_x',
  'loc_y',
  'shot_zone_area',
  'shot_zone_basic',
  'shot_zone_range',
  'action_type',
  'opponent',
] as const
export type ContextKey = (typeof CONTEXT_KEYS)[number]

/** Which file column plays each role; null when the file has none. Keys are canonical names. */
export interface ColumnMapping {
  target: string | null
  probability: string | null
  label: string | null
  features: Record<string, string | null>
  context: Record<string, string | null>
}

/**
 * How the probability column relates to P(made):
 * - positive_class: it is P(made) (our pipeline, predict_proba[:, 1], PyCaret raw_score `_1`);
 * - confidence_of_predicted_label: PyCaret 3 `prediction_score` / PyCaret 2 `Score`, the
 *   probability of the predicted label: P(made) = score when the label is 1, 1 − score otherwise;
 * - negative_class: it is P(missed) (PyCaret raw_score `_0` alone): P(made) = 1 − value.
 */
export type ProbabilityConvention =
  'positive_class' | 'confidence_of_predicted_label' | 'negative_class'

export const PROBABILITY_CONVENTIONS: readonly ProbabilityConvention[] = [
  'positive_class',
  'confidence_of_predicted_label',
  'negative_class',
]

/** Overrides from a mapping file or the caller: any subset of the mapping, plus a convention. */
export interface MappingOverride {
  target?: string | null
  probability?: string | null
  label?: string | null
  features?: Record<string, string | null>
  context?: Record<string, string | null>
  probabilityConvention?: ProbabilityConvention
}

export interface PredictionsReport {
  file: string
  rows: number
  /** rows whose target is 0 or 1 */
  labelledRows: number
  /** rows whose target is null or NaN, or every row when there is no target column */
  unlabelledRows: number
  mapping: ColumnMapping
  probabilityConvention: ProbabilityConvention | null
  /** rows whose probability is missing or outside [0, 1]: NaN in data.probability */
  excludedProbabilityRows: number
  /** what was recognised, one sentence each */
  detected: string[]
  /** what the file lacks and which views that disables, in a user's words */
  missing: string[]
  warnings: string[]
}

/** Value of data.label for a row without a usable predicted label. */
export const MISSING_LABEL = 255

export interface PredictionsData {
  /** 0 or 1 per row; NaN = unlabelled (null in the file). All NaN when there is no target column. */
  target: Float64Array
  /** P(made) per row whatever the file's convention; NaN = missing or invalid (excluded). */
  probability: Float64Array | null
  /** predicted label per row: 0, 1, or MISSING_LABEL (255) when absent or unreadable */
  label: Uint8Array | null
  /** by canonical feature name, only features the file has; NaN = missing value */
  features: Record<string, Float64Array>
  /** by canonical context name, only columns the file has; booleans become 1/0 */
  context: Record<string, (string | number | null)[]>
}

export interface LoadedPredictions {
  report: PredictionsReport
  data: PredictionsData
}

export interface LoadPredictionsOptions {
  /** caller's overrides (CLI flags, dashboard config): win over the mapping file and detection */
  mapping?: Partial<ColumnMapping>
  /** forces the probability convention (wins over the mapping file and the evidence) */
  probabilityConvention?: ProbabilityConvention
  /** how messages name the caller's overrides; default "mapping option" */
  mappingSource?: string
  /** a mapping file already read: its path (for messages) and its JSON text */
  mappingFile?: { path: string; text: string }
}

/** What detectMapping finds from the column names alone. */
export interface DetectedMapping {
  mapping: ColumnMapping
  /** null when there is no probability column, or when the name alone cannot tell (the values
   * decide: see decideScoreConvention) */
  convention: ProbabilityConvention | null
  detected: string[]
  missing: string[]
  warnings: string[]
}
