import { descendingScoreOrder } from '../../metrics/binary-clf-curve'
import type { PredictionsData } from '../../predictions/types'

/**
 * The rows of a file that can be scored (outcome and P(made) both present), sorted once by
 * decreasing P(made). A filter then yields its rows in score order with one pass over this
 * ranking (`rankedSubset`) instead of a sort: O(n) per filter change instead of O(n log n).
 * Kept per probability array, so every view reading the same loaded file shares one sort.
 */
const ranks = new WeakMap<Float64Array, { target: Float64Array; rank: Uint32Array }>()

export function scoreRank(data: PredictionsData): Uint32Array | null {
  const { target, probability } = data
  if (!probability) return null
  const cached = ranks.get(probability)
  if (cached && cached.target === target) return cached.rank
  const rows = new Uint32Array(target.length)
  let n = 0
  for (let i = 0; i < target.length; i++) {
    if (!Number.isNaN(target[i]!) && !Number.isNaN(probability[i]!)) rows[n++] = i
  }
  const rank = descendingScoreOrder(probability, rows.slice(0, n))
  ranks.set(probability, { target, rank })
  return rank
}

/** The ranked rows that are also in `indices` (rows of the same file), still in score order. */
export function rankedSubset(rank: Uint32Array, indices: Uint32Array, rows: number): Uint32Array {
  const keep = new Uint8Array(rows)
  for (let k = 0; k < indices.length; k++) keep[indices[k]!] = 1
  const out = new Uint32Array(Math.min(rank.length, indices.length))
  let n = 0
  for (let k = 0; k < rank.length; k++) {
    const row = rank[k]!
    if (keep[row] === 1) out[n++] = row
  }
  return out.subarray(0, n)
}
