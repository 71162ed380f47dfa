import { fitIsotonic, poolAdjacentViolators, type IsotonicCalibrator } from './isotonic-calibrator'

/** The sample's distinct scores ascending, and each row's index among them. */
interface TiedScores {
  values: Float64Array
  group: Uint32Array
}

/** Groups equal scores once (one sort); null when a score is not finite (no stable order). */
function tiedScores(score: ArrayLike<number>): TiedScores | null {
  const n = score.length
  for (let i = 0; i < n; i++) if (!Number.isFinite(score[i]!)) return null
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a]! - score[b]!)
  const values: number[] = []
  const group = new Uint32Array(n)
  for (const i of order) {
    const s = score[i]!
    if (values.length === 0 || values[values.length - 1] !== s) values.push(s)
    group[i] = values.length - 1
  }
  return { values: Float64Array.from(values), group }
}

/**
 * `draws` isotonic refits (fitIsotonic), each on a bootstrap resample of (score, label) of the
 * sample's size drawn with `random` (row floor(random() × m), m times per draw). The same
 * calibrators as resampling the rows and calling fitIsotonic on each resample, without sorting
 * each resample: the scores are grouped by value once, and a draw only counts how often each
 * group was drawn and sums its labels in drawing order (the order a stable sort of the resample
 * would add them in). 200 draws on 200,000 dev rows: one sort instead of 200.
 */
export function isotonicBootstraps(
  score: ArrayLike<number>,
  label: ArrayLike<number>,
  draws: number,
  random: () => number,
): IsotonicCalibrator[] {
  const m = score.length
  const out: IsotonicCalibrator[] = []
  const ties = m > 0 ? tiedScores(score) : null
  if (!ties) {
    // not finite (or empty): resample and fit each draw as it is
    const bootScore = new Float64Array(m)
    const bootY = new Float64Array(m)
    for (let d = 0; d < draws; d++) {
      for (let j = 0; j < m; j++) {
        const k = Math.floor(random() * m)
        bootScore[j] = score[k]!
        bootY[j] = label[k]!
      }
      out.push(fitIsotonic(bootScore, bootY))
    }
    return out
  }
  const u = ties.values.length
  const counts = new Float64Array(u)
  const sums = new Float64Array(u)
  const xs = new Float64Array(u)
  const groupSums = new Float64Array(u)
  const weights = new Float64Array(u)
  for (let d = 0; d < draws; d++) {
    counts.fill(0)
    sums.fill(0)
    for (let j = 0; j < m; j++) {
      const k = Math.floor(random() * m)
      const g = ties.group[k]!
      counts[g]!++
      sums[g]! += label[k]!
    }
    let present = 0
    for (let g = 0; g < u; g++) {
      if (counts[g] === 0) continue
      xs[present] = ties.values[g]!
      groupSums[present] = sums[g]!
      weights[present] = counts[g]!
      present++
    }
    out.push(
      poolAdjacentViolators(
        xs.subarray(0, present),
        groupSums.subarray(0, present),
        weights.subarray(0, present),
      ),
    )
  }
  return out
}
