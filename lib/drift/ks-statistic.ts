import { runEnd } from './value-counts'

/** The two-sided KS statistic and where it is attained, from two ascending samples. */
export interface KsStatistic {
  statistic: number
  /** value at which |F1 - F2| is largest (scipy's `statistic_location`) */
  location: number
  /** +1 when F1 - F2 is largest there (scipy's `statistic_sign`), -1 otherwise */
  sign: 1 | -1
}

/**
 * max |F1(x) - F2(x)| over the pooled values by one merge pass (O(n + m)), with both empirical CDFs
 * right-continuous (scipy's `searchsorted(..., side='right')`) and the differences computed as
 * i/n - j/m exactly as scipy does, so ties between D+ and D- resolve the same way. Where each
 * extreme is attained follows numpy's argmax over concatenate([a, b]): the first value of a
 * reaching it, else the first of b (NaN: not reached from that sample). Plain locals, not a
 * tracker object with a comparator per extreme: that call was most of the pass at 200,000 rows.
 */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): KsStatistic {
  const n = a.length
  const m = b.length
  let i = 0
  let j = 0
  let max = -Infinity
  let maxFromA = NaN
  let maxFromB = NaN
  let min = Infinity
  let minFromA = NaN
  let minFromB = NaN
  while (i < n || j < m) {
    const x = j >= m || (i < n && a[i]! <= b[j]!) ? a[i]! : b[j]!
    const i0 = i
    const j0 = j
    if (i < n && a[i] === x) i = runEnd(a, i)
    if (j < m && b[j] === x) j = runEnd(b, j)
    const diff = i / n - j / m
    const inA = i > i0
    const inB = j > j0
    if (diff > max) {
      max = diff
      maxFromA = inA ? x : NaN
      maxFromB = inB ? x : NaN
    } else if (diff === max) {
      if (inA && Number.isNaN(maxFromA)) maxFromA = x
      if (inB && Number.isNaN(maxFromB)) maxFromB = x
    }
    if (diff < min) {
      min = diff
      minFromA = inA ? x : NaN
      minFromB = inB ? x : NaN
    } else if (diff === min) {
      if (inA && Number.isNaN(minFromA)) minFromA = x
      if (inB && Number.isNaN(minFromB)) minFromB = x
    }
  }
  const minS = Math.min(Math.max(-min, 0), 1)
  return minS > max
    ? { statistic: minS, location: Number.isNaN(minFromA) ? minFromB : minFromA, sign: -1 }
    : { statistic: max, location: Number.isNaN(maxFromA) ? maxFromB : maxFromA, sign: 1 }
}
