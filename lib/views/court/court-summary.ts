/** Shots in a selection, split by whether the outcome is known. */
export interface CourtSummary {
  shots: number
  labelled: number
  unlabelled: number
}

export function courtSummary(target: Float64Array, indices: Uint32Array): CourtSummary {
  let labelled = 0
  for (let k = 0; k < indices.length; k++) {
    const y = target[indices[k] as number]
    if (y === 0 || y === 1) labelled++
  }
  return { shots: indices.length, labelled, unlabelled: indices.length - labelled }
}
