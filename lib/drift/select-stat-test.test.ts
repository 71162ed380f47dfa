import { describe, expect, it } from 'vitest'
import { inferColumnType } from './column'
import { driftRule, isDrifted } from './drift-methods'
import { selectDefaultMethod } from './select-stat-test'

describe("Evidently's default test", () => {
  it.each([
    [1001, 'numerical', 6, 'wasserstein'],
    [1001, 'numerical', 5, 'jensenshannon'],
    [1001, 'categorical', 2, 'jensenshannon'],
    [1001, 'categorical', 40, 'jensenshannon'],
    [1000, 'numerical', 6, 'ks'],
    [1000, 'numerical', 5, 'chisquare'],
    [1000, 'numerical', 3, 'chisquare'],
    [1000, 'numerical', 2, 'z'],
    [1000, 'categorical', 3, 'chisquare'],
    [1000, 'categorical', 2, 'z'],
    [10, 'categorical', 1, 'z'],
  ] as const)('%d reference rows, %s, %d values → %s', (rows, type, distinct, method) => {
    expect(selectDefaultMethod(rows, type, distinct)).toBe(method)
  })
})

describe('column typing (new API infer_column_type)', () => {
  it.each([
    ['float', 2, 'numerical'],
    ['int', 10, 'categorical'],
    ['int', 11, 'numerical'],
    ['string', 500, 'categorical'],
    ['bool', 2, 'categorical'],
  ] as const)('%s with %d values → %s', (dtype, distinct, type) => {
    expect(inferColumnType(dtype, distinct)).toBe(type)
  })
})

describe('drift verdicts', () => {
  it('distances drift at or above the threshold', () => {
    expect(isDrifted('wasserstein', 0.1, 0.1)).toBe(true)
    expect(isDrifted('jensenshannon', 0.0999, 0.1)).toBe(false)
    expect(driftRule('psi', 0.2)).toBe('score >= 0.2')
  })

  it('KS drifts at p <= threshold, chi-square and z only below it', () => {
    expect(isDrifted('ks', 0.05, 0.05)).toBe(true)
    expect(isDrifted('chisquare', 0.05, 0.05)).toBe(false)
    expect(isDrifted('z', 0.0499, 0.05)).toBe(true)
    expect(isDrifted('chisquare', NaN, 0.05)).toBe(false)
    expect(driftRule('ks', 0.05)).toBe('p_value <= 0.05')
    expect(driftRule('z', 0.01)).toBe('p_value < 0.01')
  })
})
