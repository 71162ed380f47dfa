const SCALE_EXPONENT = 128
const BIG = 2 ** SCALE_EXPONENT
const SMALL = 2 ** -SCALE_EXPONENT

/** Endpoints [j1, j2] of the non-zero window of row i of Pomeranz's recursion. */
function rowWindow(
  i: number,
  n: number,
  ll: number,
  ceilf: number,
  roundf: number,
): [number, number] {
  let j1: number
  let j2: number
  if (i === 0) {
    j1 = -ll - ceilf - 1
    j2 = ll + ceilf - 1
  } else {
    const half = Math.floor((i + 1) / 2)
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1
        j2 = n + ll + ceilf - 1
      } else {
        j1 = half - 1 - ll - roundf - 1
        j2 = half + ll - 1 + ceilf - 1
      }
    } else {
      j1 = half - 1 - ll - 1
      j2 = half + ll + roundf - 1
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)]
}

/** (step)^m / m! for m = 0..count-1. */
function poissonLikePowers(step: number, count: number): Float64Array {
  const powers = new Float64Array(count)
  powers[0] = 1
  for (let m = 1; m < count; m++) powers[m] = (powers[m - 1]! * step) / m
  return powers
}

/**
 * Two-sided one-sample Kolmogorov CDF Pr(D_n <= x) by Pomeranz's recursion (1974): 2n+1 rows,
 * each the convolution of the previous row with one of three Poisson-like weight vectors. Only a
 * sliding window of each row is non-zero; rows are rescaled by 2^±128 to avoid underflow.
 */
export function kolmogorovCdfPomeranz(n: number, x: number): number {
  const t = n * x
  const ll = Math.floor(t)
  const f = t - ll
  const g = Math.min(f, 1 - f)
  const ceilf = f > 0 ? 1 : 0
  const roundf = f > 0.5 ? 1 : 0
  const width = 2 * (ll + 1)
  const gPowers = poissonLikePowers(g / n, width)
  const twoGPowers = poissonLikePowers((2 * g) / n, width)
  const oneMinusTwoGPowers = poissonLikePowers((1 - 2 * g) / n, width)

  let previous = new Float64Array(width)
  let current = new Float64Array(width)
  current[0] = 1
  let currentStart = 0
  let exponent = 0
  let [j1] = rowWindow(0, n, ll, ceilf, roundf)
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1
    ;[previous, current] = [current, previous]
    const previousStart = currentStart
    current.fill(0)
    const window = rowWindow(i, n, ll, ceilf, roundf)
    j1 = window[0]
    const j2 = window[1]
    const weights =
      i === 1 || i === 2 * n + 1 ? gPowers : i % 2 === 1 ? twoGPowers : oneMinusTwoGPowers
    const span = j2 - k1 + 1
    if (span > 0) {
      const offset = k1 - previousStart
      const sourceLength = Math.min(span, width - offset)
      const weightLength = Math.min(span, width)
      const convStart = j1 - k1
      const length = j2 - j1 + 1
      let max = 0
      for (let q = 0; q < length; q++) {
        const c = convStart + q
        let sum = 0
        const aFrom = Math.max(0, c - weightLength + 1)
        const aTo = Math.min(sourceLength - 1, c)
        for (let a = aFrom; a <= aTo; a++) sum += previous[offset + a]! * weights[c - a]!
        current[q] = sum
        if (sum > max) max = sum
      }
      if (max > 0 && max < SMALL) {
        for (let q = 0; q < length; q++) current[q]! *= BIG
        exponent -= SCALE_EXPONENT
      }
      currentStart = previousStart + j1 - k1
    } else {
      currentStart = previousStart
    }
  }

  let answer = current[n - currentStart] ?? 0
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > BIG) {
      answer *= SMALL
      exponent += SCALE_EXPONENT
    }
    answer *= m
  }
  return answer * 2 ** exponent
}
