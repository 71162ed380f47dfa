/** The drift tests this module implements, named as in Evidently. */
export type DriftMethod = 'wasserstein' | 'jensenshannon' | 'psi' | 'ks' | 'chisquare' | 'z'

export type DriftDirection = 'p_value_below' | 'score_at_or_above'

export interface DriftMethodInfo {
  /** Evidently's display name */
  label: string
  defaultThreshold: number
  direction: DriftDirection
  /** p-value tests: whether p equal to the threshold counts as drift (only Evidently's KS) */
  inclusive: boolean
  /** only for numbers on a numerical column (Evidently's `allowed_feature_types`) */
  numericalOnly: boolean
}

export const DRIFT_METHODS: Record<DriftMethod, DriftMethodInfo> = {
  wasserstein: {
    label: 'Wasserstein distance (normed)',
    defaultThreshold: 0.1,
    direction: 'score_at_or_above',
    inclusive: true,
    numericalOnly: true,
  },
  jensenshannon: {
    label: 'Jensen-Shannon distance',
    defaultThreshold: 0.1,
    direction: 'score_at_or_above',
    inclusive: true,
    numericalOnly: false,
  },
  psi: {
    label: 'PSI',
    defaultThreshold: 0.1,
    direction: 'score_at_or_above',
    inclusive: true,
    numericalOnly: false,
  },
  ks: {
    label: 'K-S p_value',
    defaultThreshold: 0.05,
    direction: 'p_value_below',
    inclusive: true,
    numericalOnly: true,
  },
  chisquare: {
    label: 'chi-square p_value',
    defaultThreshold: 0.05,
    direction: 'p_value_below',
    inclusive: false,
    numericalOnly: false,
  },
  z: {
    label: 'Z-test p_value',
    defaultThreshold: 0.05,
    direction: 'p_value_below',
    inclusive: false,
    numericalOnly: false,
  },
}

/** Evidently's verdict: score >= threshold for distances; p < threshold (KS: p <= threshold). */
export function isDrifted(method: DriftMethod, statistic: number, threshold: number): boolean {
  const info = DRIFT_METHODS[method]
  if (info.direction === 'score_at_or_above') return statistic >= threshold
  return info.inclusive ? statistic <= threshold : statistic < threshold
}

/** The rule in words, e.g. "p_value <= 0.05" or "score >= 0.1". */
export function driftRule(method: DriftMethod, threshold: number): string {
  const info = DRIFT_METHODS[method]
  if (info.direction === 'score_at_or_above') return `score >= ${threshold}`
  return `p_value ${info.inclusive ? '<=' : '<'} ${threshold}`
}
