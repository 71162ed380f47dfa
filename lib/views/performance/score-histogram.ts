/**
 * Counts of P(made) by true class on fixed bins over [0, 1] (`bins` equal widths, the last bin
 * closed), so dev and prod share edges and a threshold at a multiple of 1/bins is a bin edge.
 */
export interface ScoreHistogram {
  /** bins + 1 edges, 0 … 1 */
  edges: number[]
  made: number[]
  missed: number[]
  madeTotal: number
  missedTotal: number
}

export function scoreHistogram(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
  bins = 20,
): ScoreHistogram {
  const edges = Array.from({ length: bins + 1 }, (_, k) => k / bins)
  const made = new Array<number>(bins).fill(0)
  const missed = new Array<number>(bins).fill(0)
  let madeTotal = 0
  for (let i = 0; i < score.length; i++) {
    const s = score[i]!
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(s * bins)))
    if (yTrue[i] === 1) {
      made[bin]!++
      madeTotal++
    } else missed[bin]!++
  }
  return { edges, made, missed, madeTotal, missedTotal: score.length - madeTotal }
}
