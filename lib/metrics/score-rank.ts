import type { BinaryClfCurve } from './binary-clf-curve'
import { descendingScoreOrder } from './descending-score-order'
import { MetricsInputError } from './metrics-input-error'
import { rowMask } from './row-mask'

/**
 * The rows of a file that can be scored (outcome and score both present, NaN = missing), sorted
 * once by decreasing score (ties by row). A filter keeps this order, so a filtered sample's curve
 * is one pass over the ranking (`filteredClfCurve`) instead of a sort: O(n) per filter change
 * instead of O(n log n). Kept per score array, so every view reading the same loaded file (and
 * each compared model's scores) shares one sort.
 */
export interface ScoreRanking {
  /** the scorable rows, by decreasing score (ties by row) */
  rank: Uint32Array
  /** `score[rank[k]]` and `target[rank[k]]`: a pass over the ranking reads memory in order */
  sortedScore: Float64Array
  sortedTarget: Float64Array
}

const rankings = new WeakMap<Float64Array, { target: Float64Array; ranking: ScoreRanking }>()

export function scoreRanking(target: Float64Array, score: Float64Array): ScoreRanking {
  const cached = rankings.get(score)
  if (cached && cached.target === target) return cached.ranking
  const rows = new Uint32Array(Math.min(target.length, score.length))
  let n = 0
  for (let i = 0; i < rows.length; i++) {
    if (!Number.isNaN(target[i]!) && !Number.isNaN(score[i]!)) rows[n++] = i
  }
  const rank = descendingScoreOrder(score, rows.slice(0, n))
  const sortedScore = new Float64Array(n)
  const sortedTarget = new Float64Array(n)
  for (let k = 0; k < n; k++) {
    sortedScore[k] = score[rank[k]!]!
    sortedTarget[k] = target[rank[k]!]!
  }
  const ranking = { rank, sortedScore, sortedTarget }
  rankings.set(score, { target, ranking })
  return ranking
}

export function scoreRank(target: Float64Array, score: Float64Array): Uint32Array {
  return scoreRanking(target, score).rank
}

/** The ranked rows that are also in `indices` (rows of the same file), still in score order. */
export function rankedSubset(rank: Uint32Array, indices: Uint32Array, rows: number): Uint32Array {
  const keep = rowMask(indices, rows)
  const out = new Uint32Array(Math.min(rank.length, indices.length))
  let n = 0
  for (let k = 0; k < rank.length; k++) {
    const row = rank[k]!
    if (keep[row] === 1) out[n++] = row
  }
  return out.subarray(0, n)
}

const curves = new WeakMap<
  Uint32Array,
  WeakMap<Float64Array, { target: Float64Array; curve: BinaryClfCurve }>
>()

/**
 * `binaryClfCurve` of the rows in `indices` (distinct rows of the file, as the filters give
 * them) that have an outcome and a score, read from the file's ranking in one pass: the kept
 * rows come in decreasing score, each run of equal scores closes one row of the curve. Kept per
 * (indices, score array), so the performance view, the threshold optima and the calibration
 * panel share one curve per dataset and filter. An outcome other than 0/1 or an infinite score
 * among the kept rows throws a MetricsInputError naming the row, as binaryClfCurve's check does.
 */
export function filteredClfCurve(
  target: Float64Array,
  score: Float64Array,
  indices: Uint32Array,
): BinaryClfCurve {
  let perScore = curves.get(indices)
  if (!perScore) curves.set(indices, (perScore = new WeakMap()))
  const cached = perScore.get(score)
  if (cached && cached.target === target) return cached.curve
  const { rank, sortedScore, sortedTarget } = scoreRanking(target, score)
  const keep = rowMask(indices, target.length)
  const size = Math.min(rank.length, indices.length)
  const fps = new Float64Array(size)
  const tps = new Float64Array(size)
  const thresholds = new Float64Array(size)
  let m = 0
  let tp = 0
  let count = 0
  let last = NaN
  for (let k = 0; k < rank.length; k++) {
    if (keep[rank[k]!] !== 1) continue
    const s = sortedScore[k]!
    if (count > 0 && s !== last) {
      tps[m] = tp
      fps[m] = count - tp
      thresholds[m++] = last
    }
    const y = sortedTarget[k]!
    if (y !== 0 && y !== 1) {
      throw new MetricsInputError(`row ${rank[k]}'s outcome is ${y}, expected 0 or 1`)
    }
    if (!Number.isFinite(s)) {
      throw new MetricsInputError(`row ${rank[k]}'s score is ${s}, expected a finite number`)
    }
    tp += y
    count++
    last = s
  }
  if (count > 0) {
    tps[m] = tp
    fps[m] = count - tp
    thresholds[m++] = last
  }
  const curve = { fps: fps.slice(0, m), tps: tps.slice(0, m), thresholds: thresholds.slice(0, m) }
  perScore.set(score, { target, curve })
  return curve
}
