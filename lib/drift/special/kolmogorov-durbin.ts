const SCALE_EXPONENT = 128
const BIG = 2 ** SCALE_EXPONENT
const SMALL = 2 ** -SCALE_EXPONENT

type Matrix = Float64Array[]

function multiply(a: Matrix, b: Matrix, size: number): Matrix {
  const out: Matrix = Array.from({ length: size }, () => new Float64Array(size))
  for (let i = 0; i < size; i++) {
    const rowA = a[i]!
    const rowOut = out[i]!
    for (let k = 0; k < size; k++) {
      const aik = rowA[k]!
      if (aik === 0) continue
      const rowB = b[k]!
      for (let j = 0; j < size; j++) rowOut[j]! += aik * rowB[j]!
    }
  }
  return out
}

/** Multiplies value by 2^exponent without overflowing the intermediate power of two. */
function scaleByPowerOfTwo(value: number, exponent: number): number {
  let result = value
  let remaining = exponent
  while (remaining > 0) {
    const step = Math.min(remaining, 1000)
    result *= 2 ** step
    remaining -= step
  }
  while (remaining < 0) {
    const step = Math.max(remaining, -1000)
    result *= 2 ** step
    remaining -= step
  }
  return result
}

/**
 * Two-sided one-sample Kolmogorov CDF Pr(D_n <= d) by Durbin's matrix method in the
 * Marsaglia-Tsang-Wang form: the k-th diagonal entry of (n!/n^n) H^n, with H of size 2k-1 where
 * k = ceil(n d). Powers are scaled by 2^±128 to stay in range. Suited to small n·d.
 */
export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1
  const nd = n * d
  if (nd <= 0.5) return 0
  const k = Math.ceil(nd)
  const h = k - nd
  const m = 2 * k - 1

  const v = new Float64Array(m)
  const w = new Float64Array(m)
  let factorial = 1
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial
    factorial /= j
    v[j - 1] = (1 - h ** j) * factorial
  }
  v[m - 1] = (1 + Math.max(2 * h - 1, 0) ** m - 2 * h ** m) * factorial

  let H: Matrix = Array.from({ length: m }, () => new Float64Array(m))
  for (let col = 1; col < m; col++) {
    for (let row = col - 1; row < m; row++) H[row]![col] = w[row - col + 1]!
  }
  for (let row = 0; row < m; row++) H[row]![0] = v[row]!
  for (let col = 0; col < m; col++) H[m - 1]![col] = v[m - 1 - col]!

  let power: Matrix = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m)
    row[i] = 1
    return row
  })
  let remaining = n
  let exponent = 0
  let hExponent = 0
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiply(power, H, m)
      exponent += hExponent
    }
    H = multiply(H, H, m)
    hExponent *= 2
    if (Math.abs(H[k - 1]![k - 1]!) > BIG) {
      for (const row of H) for (let j = 0; j < m; j++) row[j]! /= BIG
      hExponent += SCALE_EXPONENT
    }
    remaining = Math.floor(remaining / 2)
  }

  let p = power[k - 1]![k - 1]!
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n
    if (Math.abs(p) < SMALL) {
      p *= BIG
      exponent -= SCALE_EXPONENT
    }
  }
  return scaleByPowerOfTwo(p, exponent)
}
