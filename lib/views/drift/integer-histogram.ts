import { DriftInputError } from '../../drift/drift-input-error'
import type { PlotHistogram } from '../../drift/histogram-for-plot'

/**
 * Dev-vs-prod histogram of an integer feature on integer-aligned bins: edges at half-integers,
 * each bin `width` whole values wide (1 when the pooled range has at most `maxBins` values), so
 * no bin holds more integers than its neighbour (30 equal bins over 0–79 ft would alternate 2 and
 * 3 values and draw a comb). Densities as histogramForPlot: count / (size × width). NaN dropped.
 */
export function integerHistogram(
  reference: Float64Array,
  current: Float64Array,
  maxBins = 40,
): PlotHistogram {
  let min = Infinity
  let max = -Infinity
  for (const sample of [reference, current]) {
    for (let i = 0; i < sample.length; i++) {
      const v = sample[i]!
      if (!Number.isFinite(v)) continue
      if (!Number.isInteger(v)) {
        throw new DriftInputError(`integerHistogram: ${v} is not an integer`)
      }
      if (v < min) min = v
      if (v > max) max = v
    }
  }
  if (min > max) throw new DriftInputError('integerHistogram: both samples are empty')
  const values = max - min + 1
  const width = Math.max(1, Math.ceil(values / maxBins))
  const bins = Math.ceil(values / width)
  const start = min - 0.5
  const edges = Array.from({ length: bins + 1 }, (_, k) => start + k * width)
  const density = (sample: Float64Array) => {
    const counts = new Float64Array(bins)
    let n = 0
    for (let i = 0; i < sample.length; i++) {
      const v = sample[i]!
      if (!Number.isFinite(v)) continue
      counts[Math.floor((v - start) / width)]! += 1
      n++
    }
    return { values: Array.from(counts, (c) => (n ? c / (n * width) : 0)), n }
  }
  const ref = density(reference)
  const cur = density(current)
  return {
    edges,
    reference: ref.values,
    current: cur.values,
    referenceCount: ref.n,
    currentCount: cur.n,
  }
}
