import { describe, expect, it } from 'vitest'
import { histogramCounts, linspace, searchSorted, sturgesBinEdges } from './histogram-bin-edges'

// Expected values printed by numpy 1.24 `np.histogram_bin_edges(a, bins='sturges')`.
describe('sturgesBinEdges', () => {
  it.each([
    [0, 99, 100, 8, [0, 12.375, 24.75]],
    [0, 1, 64, 7, [0, 0.14285714285714285, 0.2857142857142857]],
    [0.1, 0.7, 64, 7, [0.1, 0.18571428571428572, 0.27142857142857146]],
    [-3.3, 12.9, 1024, 11, [-3.3, -1.8272727272727272, -0.3545454545454545]],
    [0, 0.3, 16, 5, [0, 0.06, 0.12]],
    [1.1, 1.7, 256, 9, [1.1, 1.1666666666666667, 1.2333333333333334]],
  ])('min %f max %f size %d → %d bins', (min, max, size, bins, head) => {
    const edges = sturgesBinEdges(min, max, size)
    expect(edges.length - 1).toBe(bins)
    expect(Array.from(edges.subarray(0, 3))).toEqual(head)
    expect(edges[edges.length - 1]).toBe(max)
  })

  it('follows numpy float arithmetic, not ceil(log2 n) + 1: 64 values over [0, 0.126] → 8 bins', () => {
    expect(Array.from(sturgesBinEdges(0, 0.126, 64))).toEqual([
      0, 0.01575, 0.0315, 0.04725, 0.063, 0.07875, 0.0945, 0.11025, 0.126,
    ])
  })

  it('widens a zero range by ±0.5 into one bin', () => {
    expect(Array.from(sturgesBinEdges(5, 5, 10))).toEqual([4.5, 5.5])
  })
})

describe('histogramCounts', () => {
  it('counts [e_i, e_i+1) with the last bin closed, as np.histogram', () => {
    const edges = sturgesBinEdges(0, 0.126, 64)
    const data = Float64Array.from([0, 0.126, 0.05, 0.0157, 0.01575, 0.126]).sort()
    expect(Array.from(histogramCounts(data, edges))).toEqual([2, 1, 0, 1, 0, 0, 0, 2])
  })

  it('ignores values outside the edges', () => {
    const counts = histogramCounts(Float64Array.from([-1, 0, 0.5, 1, 2]), linspace(0, 1, 3))
    expect(Array.from(counts)).toEqual([1, 2])
  })
})

describe('searchSorted', () => {
  const data = Float64Array.from([1, 2, 2, 2, 3])
  it('finds left and right insertion points among ties', () => {
    expect(searchSorted(data, 2, 'left')).toBe(1)
    expect(searchSorted(data, 2, 'right')).toBe(4)
    expect(searchSorted(data, 0, 'left')).toBe(0)
    expect(searchSorted(data, 9, 'right')).toBe(5)
  })
})
