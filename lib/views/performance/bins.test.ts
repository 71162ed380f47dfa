import { describe, expect, it } from 'vitest'
import { formatShare } from './format-share'
import { reliabilityBins } from './reliability-bins'
import { scoreHistogram } from './score-histogram'

describe('scoreHistogram', () => {
  it('counts each class on 20 fixed bins, the last one closed', () => {
    const h = scoreHistogram([1, 0, 0, 1, 1], [0, 0.049, 0.05, 0.5, 1])
    expect(h.edges).toHaveLength(21)
    expect(h.made[0]).toBe(1)
    expect(h.missed[0]).toBe(1)
    expect(h.missed[1]).toBe(1)
    expect(h.made[10]).toBe(1)
    expect(h.made[19]).toBe(1)
    expect([h.madeTotal, h.missedTotal]).toEqual([3, 2])
  })
})

describe('reliabilityBins', () => {
  it('puts a score on an inner edge in the lower bin and leaves empty bins out', () => {
    const bins = reliabilityBins([1, 0, 1, 0], [0.1, 0.3, 0.30001, 1])
    expect(bins.map((b) => [b.lower, b.count])).toEqual([
      [0, 1],
      [0.2, 1],
      [0.30000000000000004, 1],
      [0.9, 1],
    ])
    expect(bins[2]).toMatchObject({ meanPredicted: 0.30001, fractionPositive: 1 })
  })
})

describe('formatShare', () => {
  it('keeps a sliver visible instead of rounding it to 0.0 % or 100.0 %', () => {
    expect(formatShare('en', 1 / 3630)).toBe('<0.1%')
    expect(formatShare('en', 3629 / 3630)).toBe('>99.9%')
    expect(formatShare('pt-BR', 0.4923)).toBe('49,2%')
    expect([formatShare('en', 0), formatShare('en', 1)]).toEqual(['0.0%', '100.0%'])
  })
})
