/** The amount Mulberry32 adds to its state before each draw. */
export const MULBERRY32_STEP = 0x6d2b79f5

/**
 * Mulberry32's output for a state already advanced by MULBERRY32_STEP, as a uint32:
 * seededRandom's value times 2^32. Hot loops keep the state in a local variable and call this
 * (small enough for the engine to inline) instead of a closure per draw; the draws are the same.
 */
export function mulberry32Bits(state: number): number {
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return (t ^ (t >>> 14)) >>> 0
}

/**
 * A Mulberry32 stream whose state a hot loop may read and write back (`state`), so that draws
 * taken inline and through `random()` continue one sequence.
 */
export class SeededStream {
  state: number
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
