/** The amount Mulberry32 adds to its state before each draw. */
const MULBERRY32_STEP = 0x6d2b79f5

/** Mulberry32's output for a state already advanced by MULBERRY32_STEP, as a uint32. */
function mulberry32Bits(state: number): number {
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return (t ^ (t >>> 14)) >>> 0
}

/** seededRandom's sequence as an object, for code that hands one generator along. */
export class SeededStream {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  /** the next draw in [0, 1), as seededRandom's */
  random(): number {
    this.state = (this.state + MULBERRY32_STEP) >>> 0
    return mulberry32Bits(this.state) / 4294967296
  }
}

/**
 * Mulberry32, a small seedable 32-bit generator: the same seed gives the same sequence on every
 * machine and in the browser, which is all the split and the folds need (not cryptography).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + MULBERRY32_STEP) >>> 0
    return mulberry32Bits(state) / 4294967296
  }
}

/** Fisher–Yates shuffle in place with the given generator. */
export function shuffleInPlace(values: Uint32Array, random: () => number): Uint32Array {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = values[i]!
    values[i] = values[j]!
    values[j] = tmp
  }
  return values
}
