/** a double's bits, read as two uint32 (little-endian: [low, high]) */
const bits = new Float64Array(1)
const words = new Uint32Array(bits.buffer)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const LOW = LITTLE_ENDIAN ? 0 : 1
const HIGH = 1 - LOW
const DIGIT_BITS = 11
const BUCKETS = 1 << DIGIT_BITS

/**
 * Sorts `order` (indices into `score`) in place by decreasing score, tied scores by increasing
 * index: the order of `order.sort((a, b) => score[b] - score[a] || a - b)`, without a comparator
 * (a stable LSD radix sort on each score's 64 bits turned into a key that sorts as the score
 * does, decreasing; −0 counts as 0). The indices are put in increasing order first, so that
 * stability keeps tied indices increasing. A non-finite score takes the comparator.
 */
export function descendingScoreOrder(score: ArrayLike<number>, order: Uint32Array): Uint32Array {
  const n = order.length
  for (let k = 1; k < n; k++) {
    if (order[k]! < order[k - 1]!) {
      order.sort()
      break
    }
  }
  let hiKey = new Uint32Array(n)
  let loKey = new Uint32Array(n)
  for (let k = 0; k < n; k++) {
    const v = score[order[k]!]!
    if (!Number.isFinite(v)) return order.sort((a, b) => score[b]! - score[a]! || a - b)
    bits[0] = v + 0
    const hi = words[HIGH]!
    const lo = words[LOW]!
    // negative: larger magnitude, larger bits, later; positive: bits inverted but the sign
    if (hi & 0x80000000) {
      hiKey[k] = hi
      loKey[k] = lo
    } else {
      hiKey[k] = hi ^ 0x7fffffff
      loKey[k] = ~lo >>> 0
    }
  }
  let index: Uint32Array = order
  let hiOut = new Uint32Array(n)
  let loOut = new Uint32Array(n)
  let indexOut: Uint32Array = new Uint32Array(n)
  const count = new Uint32Array(BUCKETS)
  // low word's digits first, then the high word's: 3 digits of 11 bits each (the last of 10)
  for (let pass = 0; pass < 6; pass++) {
    const keys = pass < 3 ? loKey : hiKey
    const shift = (pass % 3) * DIGIT_BITS
    count.fill(0)
    for (let k = 0; k < n; k++) count[(keys[k]! >>> shift) & (BUCKETS - 1)]!++
    // a digit every key shares moves nothing
    if (n === 0 || count[(keys[0]! >>> shift) & (BUCKETS - 1)] === n) continue
    let sum = 0
    for (let b = 0; b < BUCKETS; b++) {
      const c = count[b]!
      count[b] = sum
      sum += c
    }
    for (let k = 0; k < n; k++) {
      const to = count[(keys[k]! >>> shift) & (BUCKETS - 1)]!++
      hiOut[to] = hiKey[k]!
      loOut[to] = loKey[k]!
      indexOut[to] = index[k]!
    }
    ;[hiKey, hiOut] = [hiOut, hiKey]
    ;[loKey, loOut] = [loOut, loKey]
    ;[index, indexOut] = [indexOut, index]
  }
  if (index !== order) order.set(index)
  return order
}
