import { describe, expect, it } from 'vitest'
import { confusionView } from './confusion-view'

describe('confusionView', () => {
  const counts = { tp: 2, fn: 1, fp: 1, tn: 2 }

  it('puts actual made on top and predicted made on the left, counts first', () => {
    const view = confusionView(counts, 'counts', 'en')
    expect(view.total).toBe(6)
    expect(view.rows.map((row) => row.map((c) => [c.name, c.primary, c.secondary]))).toEqual([
      [
        ['outcome.truePositive', '2', '66.7%'],
        ['outcome.falseNegative', '1', '33.3%'],
      ],
      [
        ['outcome.falsePositive', '1', '33.3%'],
        ['outcome.trueNegative', '2', '66.7%'],
      ],
    ])
    // the largest count is viridis yellow with black text; half of it a mid blue-green, where
    // black (4.66:1) reads better than white (4.51:1)
    expect(view.rows[0][0]).toMatchObject({ background: '#fde725', foreground: '#000000' })
    expect(view.rows[0][1]).toMatchObject({ background: '#26828e', foreground: '#000000' })
  })

  it('normalises by true class in the page language, slivers kept visible', () => {
    const view = confusionView({ tp: 0, fn: 0, fp: 1, tn: 3629 }, 'normalised', 'pt-BR')
    expect(view.rows[1].map((c) => [c.primary, c.secondary])).toEqual([
      ['<0,1%', '1'],
      ['>99,9%', '3.629'],
    ])
    // a class without shots gives shares of 0, not NaN
    expect(view.rows[0].map((c) => c.share)).toEqual([0, 0])
    expect(view.rows[0][0].background).toBe('#440154')
  })
})
