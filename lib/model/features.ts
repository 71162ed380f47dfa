/** The six model inputs, in the order every model file and design matrix uses. */
export const FEATURES = [
  'lat',
  'lng',
  'minutes_remaining',
  'period',
  'playoffs',
  'shot_distance',
] as const

export type FeatureName = (typeof FEATURES)[number]

/** 1 = shot made, 0 = missed; the positive class is 1. */
export const TARGET = 'shot_made_flag'
