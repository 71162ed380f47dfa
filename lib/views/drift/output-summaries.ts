/** Made shots among the filtered rows with a known outcome. */
export interface MadeRate {
  made: number
  labelled: number
  /** filtered rows whose outcome is unknown (NaN target) */
  unknown: number
  /** made / labelled; NaN without labelled rows */
  rate: number
}

export function madeRate(target: Float64Array, indices: Uint32Array): MadeRate {
  let made = 0
  let labelled = 0
  for (let k = 0; k < indices.length; k++) {
    const y = target[indices[k]!]!
    if (Number.isNaN(y)) continue
    labelled++
    if (y === 1) made++
  }
  return {
    made,
    labelled,
    unknown: indices.length - labelled,
    rate: labelled ? made / labelled : NaN,
  }
}

/** Filtered rows with a valid score, and how many score at least the threshold (predicted made). */
export interface ScoresAtThreshold {
  scored: number
  atOrAbove: number
  /** atOrAbove / scored; NaN without scores */
  share: number
}

export function scoresAtThreshold(
  probability: Float64Array,
  indices: Uint32Array,
  threshold: number,
): ScoresAtThreshold {
  let scored = 0
  let atOrAbove = 0
  for (let k = 0; k < indices.length; k++) {
    const p = probability[indices[k]!]!
    if (Number.isNaN(p)) continue
    scored++
    if (p >= threshold) atOrAbove++
  }
  return { scored, atOrAbove, share: scored ? atOrAbove / scored : NaN }
}
