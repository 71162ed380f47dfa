/**
 * Each shot of a selection as a small class index, so colours, legend counts and tooltips all
 * come from one Uint8Array per (selection, threshold). Positions in the arrays follow `indices`.
 */
export const OUTCOME_CLASSES = ['made', 'missed', 'unlabelled'] as const
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number]

/**
 * Error type at the threshold (predicted made when P(made) ≥ threshold); `unscored` = a known
 * outcome without a usable probability.
 */
export const ERROR_CLASSES = ['tp', 'fp', 'fn', 'tn', 'unlabelled', 'unscored'] as const
export type ErrorClass = (typeof ERROR_CLASSES)[number]

// one constant each, not destructured from an array: the bundler inlines them, so the loops over
// a million shots read no module binding per shot
const MADE = 0
const MISSED = 1
const UNLABELLED = 2
const TP = 0
const FP = 1
const FN = 2
const TN = 3
const NO_LABEL = 4
const UNSCORED = 5

/** made / missed / unlabelled per selected row (target NaN = unlabelled). */
export function outcomeClasses(target: Float64Array, indices: Uint32Array): Uint8Array {
  const out = new Uint8Array(indices.length)
  for (let k = 0; k < indices.length; k++) {
    const y = target[indices[k] as number]
    out[k] = y === 1 ? MADE : y === 0 ? MISSED : UNLABELLED
  }
  return out
}

/** TP / FP / FN / TN / unlabelled / unscored per selected row at a threshold. */
export function errorClasses(
  target: Float64Array,
  probability: Float64Array | null,
  indices: Uint32Array,
  threshold: number,
): Uint8Array {
  const out = new Uint8Array(indices.length)
  if (!probability) {
    for (let k = 0; k < indices.length; k++) {
      const y = target[indices[k] as number]
      out[k] = y === 0 || y === 1 ? UNSCORED : NO_LABEL
    }
    return out
  }
  for (let k = 0; k < indices.length; k++) {
    const row = indices[k] as number
    const y = target[row]
    if (y !== 0 && y !== 1) {
      out[k] = NO_LABEL
      continue
    }
    const p = probability[row] as number
    if (Number.isNaN(p)) out[k] = UNSCORED
    else if (p >= threshold) out[k] = y === 1 ? TP : FP
    else out[k] = y === 1 ? FN : TN
  }
  return out
}

/** Number of probability levels: P(made) is shown rounded to 0.01 (level = round(100 p)). */
export const PROBABILITY_LEVELS = 101
/** The level of a shot without a probability. */
export const NO_PROBABILITY = PROBABILITY_LEVELS

/** P(made) per selected row as a level 0–100 (NO_PROBABILITY when missing). */
export function probabilityLevels(
  probability: Float64Array | null,
  indices: Uint32Array,
): Uint8Array {
  const out = new Uint8Array(indices.length).fill(NO_PROBABILITY)
  if (!probability) return out
  for (let k = 0; k < indices.length; k++) {
    const p = probability[indices[k] as number] as number
    if (p >= 0 && p <= 1) out[k] = Math.round(p * 100)
  }
  return out
}

/** How many rows fall in each class 0 … size − 1. */
export function countClasses(classes: Uint8Array, size: number): number[] {
  const counts = new Array<number>(size).fill(0)
  for (let k = 0; k < classes.length; k++) {
    const c = classes[k] as number
    if (c < size) counts[c] = (counts[c] as number) + 1
  }
  return counts
}
