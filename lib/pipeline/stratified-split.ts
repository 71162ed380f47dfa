import { seededRandom, shuffleInPlace } from '@/lib/model/seeded-random'

export interface SplitRows {
  /** positions into the input, ascending */
  train: Uint32Array
  test: Uint32Array
}

/**
 * Stratified random train/test split of 0/1 labels, like scikit-learn's
 * `train_test_split(stratify=y)`: the test part has ceil(testSize · n) rows and each class
 * keeps its share (largest remainder). Each class is shuffled with the seeded generator;
 * both parts are returned in input order.
 */
export function stratifiedSplit(y: ArrayLike<number>, testSize: number, seed: number): SplitRows {
  if (!(testSize > 0 && testSize < 1))
    throw new Error(`testSize must be in (0, 1), got ${testSize}`)
  const n = y.length
  const nTest = Math.ceil(testSize * n)
  const classes = [0, 1].map((label) => {
    const members: number[] = []
    for (let i = 0; i < n; i++) if (y[i] === label) members.push(i)
    const exact = (nTest * members.length) / n
    return { members, take: Math.floor(exact), remainder: exact - Math.floor(exact) }
  })
  let left = nTest - classes.reduce((s, c) => s + c.take, 0)
  for (const c of [...classes].sort((a, b) => b.remainder - a.remainder)) {
    if (left > 0 && c.take < c.members.length) {
      c.take++
      left--
    }
  }
  const random = seededRandom(seed)
  const isTest = new Uint8Array(n)
  for (const c of classes) {
    const shuffled = shuffleInPlace(Uint32Array.from(c.members), random)
    for (let k = 0; k < c.take; k++) isTest[shuffled[k]!] = 1
  }
  const train: number[] = []
  const test: number[] = []
  for (let i = 0; i < n; i++) if (y[i] === 0 || y[i] === 1) (isTest[i] ? test : train).push(i)
  return { train: Uint32Array.from(train), test: Uint32Array.from(test) }
}
