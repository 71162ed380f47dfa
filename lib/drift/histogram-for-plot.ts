import { DriftInputError } from './drift-input-error'
import { histogramCounts, linspace } from './histogram-bin-edges'
import { finiteSorted } from './finite-sorted'

/** Two densities on shared bins, small enough to ship to the browser. */
export interface PlotHistogram {
  /** bins + 1 shared edges over the pooled range */
  edges: number[]
  /** density per bin (count / (size × width)): each integrates to 1 */
  reference: number[]
  current: number[]
  referenceCount: number
  currentCount: number
}

/**
 * Overlaid dev-vs-prod histogram data: `bins` equal-width bins over the pooled finite range
 * (numpy's edge arithmetic; last bin closed), both samples as densities so different sizes
 * compare. Accepts raw or already-sorted finite samples (sorting again is cheap when sorted).
 */
export function histogramForPlot(
  reference: ArrayLike<number | null>,
  current: ArrayLike<number | null>,
  bins = 30,
): PlotHistogram {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new DriftInputError(`histogramForPlot: bins must be a positive integer, got ${bins}`)
  }
  const ref = finiteSorted(reference, 'reference').sorted
  const cur = finiteSorted(current, 'current').sorted
  const pooled = [ref, cur].filter((sample) => sample.length > 0)
  if (pooled.length === 0) {
    throw new DriftInputError('histogramForPlot: both samples are empty after dropping NaN/null')
  }
  let first = Math.min(...pooled.map((sample) => sample[0]!))
  let last = Math.max(...pooled.map((sample) => sample[sample.length - 1]!))
  if (first === last) {
    first -= 0.5
    last += 0.5
  }
  const edges = linspace(first, last, bins + 1)
  const density = (sorted: Float64Array) =>
    Array.from(histogramCounts(sorted, edges), (count, i) =>
      sorted.length ? count / (sorted.length * (edges[i + 1]! - edges[i]!)) : 0,
    )
  return {
    edges: Array.from(edges),
    reference: density(ref),
    current: density(cur),
    referenceCount: ref.length,
    currentCount: cur.length,
  }
}
