import { describe, expect, it } from 'vitest'
import { histogramForPlot } from './histogram-for-plot'

describe('histogramForPlot', () => {
  it('shares edges over the pooled range and returns densities that integrate to 1', () => {
    const plot = histogramForPlot([0, 1, 1, 2, NaN], [2, 3, 4, 4], 4)
    expect(plot.edges).toEqual([0, 1, 2, 3, 4])
    expect(plot.reference).toEqual([0.25, 0.5, 0.25, 0])
    expect(plot.current).toEqual([0, 0, 0.25, 0.75])
    expect([plot.referenceCount, plot.currentCount]).toEqual([4, 4])
  })

  it('rejects a bin count that is not a positive integer', () => {
    expect(() => histogramForPlot([1], [2], 0)).toThrow('bins must be a positive integer, got 0')
  })
})
