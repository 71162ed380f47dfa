import { MISSING_LABEL, type ProbabilityConvention } from './types'

export interface ConventionDecision {
  convention: ProbabilityConvention
  /** why, for the report's detected list */
  reason: string
  /** set when the values cannot settle it: the user should say so in a mapping */
  warning: string | null
  /** which readings agree with the labels (labels = the score or P(made) cut at one threshold) */
  fits: { positiveClass: boolean; confidence: boolean }
}

const round = (x: number) => Number(x.toFixed(4))

/**
 * Decides whether an ambiguous score (`prediction_score`, `Score`) is P(made) or PyCaret's
 * confidence of the predicted label, from the rows that have both a score and a label.
 *
 * Predicted labels come from cutting P(made) at a threshold, so under the right reading every
 * label-1 row has a P(made) at least as high as every label-0 row:
 * - read as P(made): max(score | label 0) ≤ min(score | label 1);
 * - read as a confidence: max(1 − score | label 0) ≤ min(score | label 1).
 * When exactly one reading fits, it wins. Otherwise (both fit, e.g. one predicted class, or
 * neither, e.g. labels from another model) the score range decides: any score below 0.5 means
 * P(made), since a confidence at the default threshold is never below 0.5; all scores ≥ 0.5 means
 * a confidence. That fallback is reported as a warning unless both readings give the same
 * P(made) (every label is 1).
 */
export function decideScoreConvention(score: Float64Array, label: Uint8Array): ConventionDecision {
  return conventionFromEvidence(scoreLabelEvidence(score, label))
}

/** What the convention is decided from: the rows with both a score and a label. */
export interface ScoreLabelEvidence {
  /** rows with label 0 / label 1 */
  n0: number
  n1: number
  /** min and max score of label-0 rows, min score of label-1 rows (±Infinity when none) */
  min0: number
  max0: number
  min1: number
  /** rows scoring below 0.5 */
  belowHalf: number
}

export function scoreLabelEvidence(score: Float64Array, label: Uint8Array): ScoreLabelEvidence {
  let n0 = 0
  let n1 = 0
  let min0 = Infinity
  let max0 = -Infinity
  let min1 = Infinity
  let belowHalf = 0
  for (let i = 0; i < score.length; i++) {
    const s = score[i]!
    const l = label[i]
    if (Number.isNaN(s) || l === MISSING_LABEL) continue
    if (s < 0.5) belowHalf++
    if (l === 1) {
      n1++
      if (s < min1) min1 = s
    } else {
      n0++
      if (s < min0) min0 = s
      if (s > max0) max0 = s
    }
  }
  return { n0, n1, min0, max0, min1, belowHalf }
}

/** decideScoreConvention from the evidence alone (the DuckDB engine aggregates it in SQL). */
export function conventionFromEvidence(evidence: ScoreLabelEvidence): ConventionDecision {
  const { n0, n1, min0, max0, min1, belowHalf } = evidence
  const positiveClass = n0 === 0 || n1 === 0 || max0 <= min1
  const confidence = n0 === 0 || n1 === 0 || 1 - min0 <= min1
  const fits = { positiveClass, confidence }
  if (n0 + n1 === 0) {
    return {
      convention: 'positive_class',
      reason: 'read as P(made): no row has both a score and a label to decide from',
      warning:
        'no row has both a score and a predicted label, so the score is read as P(made); set "probabilityConvention" in a mapping file if it is a confidence',
      fits,
    }
  }
  if (positiveClass && !confidence) {
    return {
      convention: 'positive_class',
      reason: `P(made), decided from the values: predicted labels follow the score (label-0 scores ≤ ${round(max0)}, label-1 scores ≥ ${round(min1)})`,
      warning: null,
      fits,
    }
  }
  if (confidence && !positiveClass) {
    return {
      convention: 'confidence_of_predicted_label',
      reason: `PyCaret's confidence of the predicted label, decided from the values: label-0 rows score up to ${round(max0)} and label-1 rows down to ${round(min1)}, which only a confidence explains; P(made) = score for label 1, 1 − score for label 0`,
      warning: null,
      fits,
    }
  }
  const convention = belowHalf > 0 ? 'positive_class' : 'confidence_of_predicted_label'
  const byRange =
    belowHalf > 0
      ? `${belowHalf} scores are below 0.5, which a confidence of the predicted label is not`
      : 'every score is ≥ 0.5, as a confidence of the predicted label is'
  const reading =
    convention === 'positive_class' ? 'P(made)' : "PyCaret's confidence of the predicted label"
  if (n0 === 0) {
    return {
      convention,
      reason: `${reading}: every predicted label is 1, so both readings give the same P(made)`,
      warning: null,
      fits,
    }
  }
  const why = positiveClass
    ? n1 === 0
      ? 'every predicted label is 0'
      : 'the labels agree with both readings'
    : 'the labels follow the score under neither reading'
  return {
    convention,
    reason: `${reading}, decided from the score range: ${byRange}`,
    warning: `cannot tell from the labels whether the score is P(made) or a confidence (${why}); read as ${reading} because ${byRange}. Set "probabilityConvention" in a mapping file to be sure`,
    fits,
  }
}

/** P(made) per row from a score under a convention; NaN where the score or a needed label is
 * missing. */
export function toMadeProbability(
  score: Float64Array,
  label: Uint8Array | null,
  convention: ProbabilityConvention,
): Float64Array {
  const p = new Float64Array(score.length)
  if (convention === 'positive_class') p.set(score)
  else if (convention === 'negative_class') for (let i = 0; i < p.length; i++) p[i] = 1 - score[i]!
  else {
    for (let i = 0; i < p.length; i++) {
      const l = label?.[i] ?? MISSING_LABEL
      p[i] = l === 1 ? score[i]! : l === 0 ? 1 - score[i]! : NaN
    }
  }
  return p
}
