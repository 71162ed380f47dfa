import type { ContextKey, FeatureKey, ProbabilityConvention } from './types'

/**
 * Column names as people write them, in order of preference. Names are compared after
 * normalizeColumnName (case-insensitive, spaces and dashes read as underscores).
 */

export function normalizeColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
}

export const TARGET_NAMES = ['shot_made_flag', 'y_true', 'target', 'label_true', 'actual']

/** Predicted labels: PyCaret 3, PyCaret 2 (`Label`), then hand-written code. */
export const LABEL_NAMES = [
  'prediction_label',
  'label',
  'predicted_label',
  'prediction',
  'y_pred',
  'pred',
  // Portuguese: predição, previsão
  'predicao',
  'predição',
  'previsao',
  'previsão',
]

export interface ProbabilityNames {
  names: readonly string[]
  /** null: the name alone cannot tell, the values decide (needs a label column) */
  convention: ProbabilityConvention | null
  /** what writes this column, for the report */
  writer: string
  /** when there is no label column to decide with, warn that P(made) is assumed */
  warnWithoutLabel?: boolean
}

/** Probability columns, most specific first: the first one present wins. */
export const PROBABILITY_NAMES: readonly ProbabilityNames[] = [
  {
    names: ['prediction_score_1', 'prediction_score_1.0', 'prediction_score_true'],
    convention: 'positive_class',
    writer: 'PyCaret 3 raw_score, P(class 1)',
  },
  {
    names: ['score_1', 'score_1.0', 'score_true'],
    convention: 'positive_class',
    writer: 'PyCaret 2 raw_score, P(class 1)',
  },
  {
    names: ['prediction_score_0', 'prediction_score_0.0', 'prediction_score_false'],
    convention: 'negative_class',
    writer: 'PyCaret 3 raw_score, P(class 0): P(made) = 1 − value',
  },
  {
    names: ['score_0', 'score_0.0', 'score_false'],
    convention: 'negative_class',
    writer: 'PyCaret 2 raw_score, P(class 0): P(made) = 1 − value',
  },
  {
    names: [
      'predict_score',
      'predict_proba',
      'prediction_proba',
      'prediction_probability',
      'predicted_proba',
      'predicted_probability',
      'probability',
      'probabilidade',
      'proba',
      'y_proba',
      'y_prob',
    ],
    convention: 'positive_class',
    writer: 'P(made)',
  },
  {
    names: ['prediction_score'],
    convention: null,
    writer: "our pipeline's P(made) or PyCaret 3's confidence of the predicted label",
    warnWithoutLabel: true,
  },
  {
    names: ['score'],
    convention: null,
    writer: "P(made) or PyCaret 2's Score, the confidence of the predicted label",
  },
]

export const FEATURE_ALIASES: Record<FeatureKey, readonly string[]> = {
  lat: ['lat', 'latitude'],
  lng: ['lng', 'lon', 'long', 'longitude'],
  minutes_remaining: ['minutes_remaining'],
  period: ['period'],
  playoffs: ['playoffs'],
  shot_distance: ['shot_distance'],
}

export const CONTEXT_ALIASES: Record<ContextKey, readonly string[]> = {
  shot_id: ['shot_id'],
  game_date: ['game_date'],
  season: ['season'],
  loc_x: ['loc_x'],
  loc_y: ['loc_y'],
  shot_zone_area: ['shot_zone_area'],
  shot_zone_basic: ['shot_zone_basic'],
  shot_zone_range: ['shot_zone_range'],
  action_type: ['action_type'],
  opponent: ['opponent'],
}

/** Index columns that pandas or a CSV round trip leave behind: ignored. */
export function isIndexColumn(name: string): boolean {
  return /^(__index_level_\d+__|unnamed:_?\d+|index)$/.test(normalizeColumnName(name))
}

/** The naming convention a probability column follows, or null for a name we do not know. */
export function probabilityNamesFor(column: string): ProbabilityNames | null {
  const name = normalizeColumnName(column)
  return PROBABILITY_NAMES.find((entry) => entry.names.includes(name)) ?? null
}

/**
 * The convention a probability column's name implies. An unknown name (from a mapping) is read
 * as P(made). Null when the values must decide: an ambiguous name with a label column beside it.
 */
export function conventionFromName(
  probability: string | null,
  label: string | null,
): ProbabilityConvention | null {
  if (!probability) return null
  const entry = probabilityNamesFor(probability)
  if (!entry) return 'positive_class'
  if (entry.convention) return entry.convention
  return label ? null : 'positive_class'
}
