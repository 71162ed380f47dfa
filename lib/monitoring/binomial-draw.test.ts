import { describe, expect, it } from 'vitest'
import { SeededStream } from '../model/seeded-random'
import { binomialDraw, multinomialDraw } from './binomial-draw'

const quantile = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))]!

describe('binomialDraw', () => {
  // quantiles, mean and variance from scipy.stats.binom (SciPy 1.10)
  it.each([
    { n: 20_000, p: 0.25, q: [4880, 5000, 5120], mean: 5000, variance: 3750 },
    { n: 37, p: 0.9, q: [29, 33, 36], mean: 33.3, variance: 3.33 },
    { n: 500, p: 0.003, q: [0, 1, 4], mean: 1.5, variance: 1.4955 },
  ])('draws Binomial($n, $p) as scipy.stats.binom has it', ({ n, p, q, mean, variance }) => {
    const stream = new SeededStream(3)
    const draws = Array.from({ length: 40_000 }, () => binomialDraw(n, p, stream))
    const m = draws.reduce((a, b) => a + b, 0) / draws.length
    const v = draws.reduce((a, b) => a + (b - m) ** 2, 0) / draws.length
    // 40,000 draws: the mean within 4 standard errors, the variance within 4 %
    expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(variance / draws.length))
    expect(v / variance).toBeGreaterThan(0.96)
    expect(v / variance).toBeLessThan(1.04)
    const sorted = draws.sort((a, b) => a - b)
    // the sample quantiles within 3 of SciPy's (about 4 standard errors at n = 20,000)
    ;[0.025, 0.5, 0.975].forEach((x, j) =>
      expect(Math.abs(quantile(sorted, x) - q[j]!)).toBeLessThanOrEqual(n > 1000 ? 3 : 0),
    )
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...draws)).toBeLessThanOrEqual(n)
  })

  it("matches each value's probability on a small n (χ² against the exact pmf)", () => {
    const n = 12
    const p = 0.35
    const pmf = Array.from({ length: n + 1 }, (_, k) => {
      let c = 1
      for (let j = 0; j < k; j++) c = (c * (n - j)) / (j + 1)
      return c * p ** k * (1 - p) ** (n - k)
    })
    const stream = new SeededStream(11)
    const seen = new Array<number>(n + 1).fill(0)
    const total = 100_000
    for (let d = 0; d < total; d++) seen[binomialDraw(n, p, stream)]!++
    // pool the values expected fewer than 5 times into their neighbours' cells
    let chi2 = 0
    let cells = 0
    let e = 0
    let o = 0
    for (let k = 0; k <= n; k++) {
      e += pmf[k]! * total
      o += seen[k]!
      if (e >= 5 || k === n) {
        chi2 += (o - e) ** 2 / e
        cells++
        e = 0
        o = 0
      }
    }
    // 13 cells; the 99.9 % point of χ² with 12 degrees of freedom is 32.91 (scipy.stats.chi2)
    expect(cells).toBe(13)
    expect(chi2).toBeLessThan(32.91)
  })

  it('takes the ends exactly', () => {
    const stream = new SeededStream(1)
    expect(binomialDraw(50, 0, stream)).toBe(0)
    expect(binomialDraw(50, 1, stream)).toBe(50)
    expect(binomialDraw(0, 0.5, stream)).toBe(0)
  })
})

describe('multinomialDraw', () => {
  it('splits the draws among the cells in proportion, summing to the draws', () => {
    const stream = new SeededStream(5)
    const counts = [700, 100, 150, 50]
    const out = new Int32Array(4)
    const sums = [0, 0, 0, 0]
    for (let d = 0; d < 5_000; d++) {
      multinomialDraw(1_000, counts, stream, out)
      expect(out.reduce((a, b) => a + b, 0)).toBe(1_000)
      out.forEach((k, j) => (sums[j]! += k))
    }
    // each cell's mean is 1,000 · share: 700, 100, 150, 50, within 4 standard errors
    counts.forEach((c, j) => {
      const share = c / 1_000
      const se = Math.sqrt((1_000 * share * (1 - share)) / 5_000)
      expect(Math.abs(sums[j]! / 5_000 - c)).toBeLessThan(4 * se)
    })
    expect(multinomialDraw(10, [0, 4, 0], stream, new Int32Array(3))).toEqual(
      Int32Array.from([0, 10, 0]),
    )
  })
})
