import { describe, expect, it } from 'vitest'
import { prepareSample } from './prepared-sample'
import { supportCoverage } from './support-coverage'

describe('supportCoverage', () => {
  it('counts current values below and above the reference range', () => {
    const ref = prepareSample(
      Float64Array.from({ length: 201 }, (_, i) => i / 10),
      'ref',
    )
    const cur = prepareSample([-1, 0, 5, 20, 20.5, 30], 'cur')
    expect(supportCoverage(ref, cur)).toEqual({
      kind: 'range',
      referenceMin: 0,
      referenceMax: 20,
      below: 1,
      above: 2,
      outsideShare: 0.5,
      centralLow: 0.1,
      centralHigh: 19.9,
      outsideCentral: 5,
      outsideCentralShare: 5 / 6,
    })
  })

  it('counts labels the reference never saw', () => {
    const ref = prepareSample(['a', 'b', 'b'], 'ref')
    const cur = prepareSample(['a', 'c', 'c', 'd'], 'cur')
    expect(supportCoverage(ref, cur)).toEqual({
      kind: 'categories',
      unseen: ['c', 'd'],
      outside: 3,
      outsideShare: 0.75,
    })
  })
})
