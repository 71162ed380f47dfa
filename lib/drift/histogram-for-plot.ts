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
  const [first, last] = plotHistogramRange(
    Math.min(...pooled.map((sample) => sample[0]!)),
    Math.max(...pooled.map((sample) => sample[sample.length - 1]!)),
  )
  const edges = linspace(first, last, bins + 1)
  return plotHistogramFromCounts(
    edges,
    histogramCounts(ref, edges),
    histogramCounts(cur, edges),
    ref.length,
    cur.length,
  )
}

/** The pooled [min, max] a plot histogram spans, widened by ±0.5 when it is one value. */
export function plotHistogramRange(min: number, max: number): [number, number] {
  return min === max ? [min - 0.5, max + 0.5] : [min, max]
}

/** The plot histogram from bin counts of samples of sizes n and m on `edges`. */
export function plotHistogramFromCounts(
  edges: Float64Array,
  referenceCounts: ArrayLike<number>,
  currentCounts: ArrayLike<number>,
  n: number,
  m: number,
): PlotHistogram {
  const density = (counts: ArrayLike<number>, size: number) =>
    Array.from(counts, (count, i) => (size ? count / (size * (edges[i + 1]! - edges[i]!)) : 0))
  return {
    edges: Array.from(edges),
    reference: density(referenceCounts, n),
    current: density(currentCounts, m),
    referenceCount: n,
    currentCount: m,
  }
}
