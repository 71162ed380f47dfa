/** The two-sided KS statistic and where it is attained, from two ascending samples. */
export interface KsStatistic {
  statistic: number
  /** value at which |F1 - F2| is largest (scipy's `statistic_location`) */
  location: number
  /** +1 when F1 - F2 is largest there (scipy's `statistic_sign`), -1 otherwise */
  sign: 1 | -1
}

/** Tracks the extreme of a sequence of differences and scipy's choice of where it is attained. */
class Extreme {
  value: number
  private fromA = NaN
  private fromB = NaN
  constructor(private readonly better: (x: number, y: number) => boolean) {
    this.value = better(1, 0) ? -Infinity : Infinity
  }
  offer(diff: number, x: number, inA: boolean, inB: boolean): void {
    if (this.better(diff, this.value)) {
      this.value = diff
      this.fromA = inA ? x : NaN
      this.fromB = inB ? x : NaN
    } else if (diff === this.value) {
      if (inA && Number.isNaN(this.fromA)) this.fromA = x
      if (inB && Number.isNaN(this.fromB)) this.fromB = x
    }
  }
  /** numpy's argmax over concatenate([a, b]): the first hit in a, else the first in b. */
  get location(): number {
    return Number.isNaN(this.fromA) ? this.fromB : this.fromA
  }
}

/**
 * max |F1(x) - F2(x)| over the pooled values by one merge pass (O(n + m)), with both empirical CDFs
 * right-continuous (scipy's `searchsorted(..., side='right')`) and the differences computed as
 * i/n - j/m exactly as scipy does, so ties between D+ and D- resolve the same way.
 */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): KsStatistic {
  const n = a.length
  const m = b.length
  let i = 0
  let j = 0
  const max = new Extreme((x, y) => x > y)
  const min = new Extreme((x, y) => x < y)
  while (i < n || j < m) {
    const x = j >= m || (i < n && a[i]! <= b[j]!) ? a[i]! : b[j]!
    const i0 = i
    const j0 = j
    while (i < n && a[i] === x) i++
    while (j < m && b[j] === x) j++
    const diff = i / n - j / m
    max.offer(diff, x, i > i0, j > j0)
    min.offer(diff, x, i > i0, j > j0)
  }
  const minS = Math.min(Math.max(-min.value, 0), 1)
  return minS > max.value
    ? { statistic: minS, location: min.location, sign: -1 }
    : { statistic: max.value, location: max.location, sign: 1 }
}
