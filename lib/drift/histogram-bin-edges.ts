/**
 * `np.histogram_bin_edges(values, bins='sturges')` for a sample with the given extremes and size,
 * with numpy's exact float steps: width = ptp / (log2(size) + 1), bin count = ceil(ptp / width)
 * (1 when ptp is 0, the range then widened by ±0.5), edges from `np.linspace`.
 */
export function sturgesBinEdges(min: number, max: number, size: number): Float64Array {
  let first = min
  let last = max
  if (first === last) {
    first -= 0.5
    last += 0.5
  }
  const width = (max - min) / (Math.log2(size) + 1)
  const bins = width ? Math.ceil((last - first) / width) : 1
  return linspace(first, last, bins + 1)
}

/** `np.linspace(start, stop, num)` with numpy's arithmetic: i * step + start, last = stop. */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num)
  const div = num - 1
  const delta = stop - start
  const step = delta / div
  for (let i = 0; i < num; i++) {
    out[i] = step === 0 ? (i / div) * delta + start : i * step + start
  }
  if (num > 1) out[num - 1] = stop
  return out
}

/** Index of the first element >= value (side='left') or > value (side='right') in ascending data. */
export function searchSorted(sorted: Float64Array, value: number, side: 'left' | 'right'): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const x = sorted[mid]!
    if (side === 'left' ? x < value : x <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * `np.histogram(sorted, edges)[0]` for ascending data: bins are [e_i, e_i+1) except the last,
 * which is closed on the right; values outside the edges are not counted.
 */
export function histogramCounts(sorted: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1
  const counts = new Float64Array(Math.max(bins, 0))
  let previous = searchSorted(sorted, edges[0]!, 'left')
  for (let i = 0; i < bins; i++) {
    const next = searchSorted(sorted, edges[i + 1]!, i === bins - 1 ? 'right' : 'left')
    counts[i] = next - previous
    previous = next
  }
  return counts
}
