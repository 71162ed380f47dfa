import { describe, expect, it } from 'vitest'
import type { BinaryMetrics } from '../../metrics/binary-metrics'
import { deltaDirection, metricCards } from './metric-cards'

const dev: BinaryMetrics = {
  log_loss: 0.677,
  f1_score: 0.525,
  accuracy: 0.575,
  precision: 0.563,
  recall: 0.492,
  roc_auc: 0.599,
  brier_score: 0.242,
}
const prod: BinaryMetrics = {
  log_loss: 0.628,
  f1_score: 0,
  accuracy: 0.6705,
  precision: 0,
  recall: 0,
  roc_auc: NaN,
  brier_score: 0.2422,
}

describe('deltaDirection', () => {
  it('reads higher as better unless lower is better (delta_color="inverse")', () => {
    expect(deltaDirection(0.1, false)).toBe('better')
    expect(deltaDirection(-0.1, false)).toBe('worse')
    expect(deltaDirection(0.1, true)).toBe('worse')
    expect(deltaDirection(-0.1, true)).toBe('better')
  })

  it('calls a delta that shows as 0.000 no change, and no delta none', () => {
    expect(deltaDirection(0.0004, false)).toBe('same')
    expect(deltaDirection(-0.0004, true)).toBe('same')
    expect(deltaDirection(0.0005, false)).toBe('better')
    expect(deltaDirection(null, false)).toBe('none')
  })
})

describe('metricCards', () => {
  it('gives the threshold group first, then the threshold-free one, with prod − dev', () => {
    const cards = metricCards(dev, prod)
    expect(cards.map((c) => [c.key, c.thresholdDependent])).toEqual([
      ['f1_score', true],
      ['precision', true],
      ['recall', true],
      ['accuracy', true],
      ['roc_auc', false],
      ['log_loss', false],
      ['brier_score', false],
    ])
    const byKey = Object.fromEntries(cards.map((c) => [c.key, c]))
    expect(byKey.f1_score).toMatchObject({ dev: 0.525, prod: 0, delta: -0.525, direction: 'worse' })
    expect(byKey.accuracy!.delta).toBeCloseTo(0.0955, 12)
    expect(byKey.accuracy!.direction).toBe('better')
    // log loss fell: lower is better
    expect(byKey.log_loss!.delta).toBeCloseTo(-0.049, 12)
    expect(byKey.log_loss!.direction).toBe('better')
    expect(byKey.brier_score!.direction).toBe('same')
    // AUC undefined in prod (one class): no delta
    expect(byKey.roc_auc).toMatchObject({ dev: 0.599, delta: null, direction: 'none' })
    expect(byKey.roc_auc!.prod).toBeNaN()
  })

  it('keeps the dev values when prod has none', () => {
    const cards = metricCards(dev, null)
    expect(cards.every((c) => c.prod === null && c.delta === null && c.direction === 'none')).toBe(
      true,
    )
    expect(cards[0]!.dev).toBe(0.525)
  })
})
