import { describe, expect, it } from 'vitest'
import { ksTwoSampleExact, underflowsToZero } from './ks-exact'

// scipy 1.10.1 `stats._stats_py._attempt_exact_2kssamp(m, n, gcd(m, n), d, 'two-sided')`.
const SCIPY: [number, number, number, number, number][] = [
  [4057, 6426, 0.2182, 0.21820001793613125, 3.4509621812855074e-104],
  [4057, 6426, 0.0193, 0.01929998302281502, 0.30739787286195847],
  [777, 1234, 0.3, 0.2999995828196801, 2.1944677748373856e-38],
  // subnormal residue of scipy's walk where the true probability is below Number.MIN_VALUE
  [4057, 6426, 0.54, 0.5399999892598016, 1.354e-321],
  [4057, 6426, 0.545, 0.5450000118909339, 1.12e-321],
  [2000, 9000, 0.63, 0.63, 3.04e-321],
]

describe('ksTwoSampleExact', () => {
  it.each(SCIPY)('agrees with scipy for m=%i n=%i d=%f', (m, n, d, statistic, p) => {
    const got = ksTwoSampleExact(m, n, d)
    expect(got.statistic).toBe(statistic)
    expect(Math.abs(got.pValue! - p)).toBeLessThanOrEqual(1e-12 * p + 2.3e-308)
  })

  it('skips the walk only where scipy gives 0 or subnormal residue', () => {
    expect(underflowsToZero(4057, 6426, 0.5399999892598016)).toBe(false)
    expect(ksTwoSampleExact(4057, 6426, 0.54).pValue).toBeGreaterThan(0)
    expect(underflowsToZero(4057, 6426, 0.5450000118909339)).toBe(true)
    expect(ksTwoSampleExact(4057, 6426, 0.545).pValue).toBe(0)
    expect(underflowsToZero(2000, 9000, 0.63)).toBe(false)
    expect(ksTwoSampleExact(2000, 9000, 0.64).pValue).toBe(0)
  })

  it('its bound is never below the exact probability', () => {
    let checked = 0
    for (const [m, n] of [
      [40, 61],
      [120, 77],
      [300, 450],
      [999, 1001],
    ] as const) {
      for (let d = 0.02; d < 1; d += 0.02) {
        const { statistic, pValue } = ksTwoSampleExact(m, n, d)
        if (pValue === null || pValue === 0) continue
        const root = Math.sqrt(m) + Math.sqrt(n)
        const bound = 4 * Math.exp((-2 * m * n * statistic * statistic) / (root * root))
        expect(bound, `m=${m} n=${n} d=${statistic}`).toBeGreaterThanOrEqual(pValue)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})
