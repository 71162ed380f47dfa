import { seededRandom, shuffleInPlace } from './seeded-random'

/**
 * Assigns each row to one of k folds so that every fold keeps the class proportions (like
 * scikit-learn's StratifiedKFold with shuffle): each class is shuffled with the seeded generator
 * and dealt round-robin, the second class continuing where the first stopped so fold sizes
 * differ by at most one.
 */
export function stratifiedFolds(y: ArrayLike<number>, k: number, seed: number): Uint8Array {
  if (!Number.isInteger(k) || k < 2 || k > 255) throw new Error(`folds must be 2…255, got ${k}`)
  const random = seededRandom(seed)
  const fold = new Uint8Array(y.length)
  let next = 0
  for (const label of [0, 1]) {
    const members: number[] = []
    for (let i = 0; i < y.length; i++) if (y[i] === label) members.push(i)
    if (members.length < k) {
      throw new Error(`class ${label} has ${members.length} rows, fewer than the ${k} folds`)
    }
    for (const i of shuffleInPlace(Uint32Array.from(members), random)) {
      fold[i] = next
      next = (next + 1) % k
    }
  }
  return fold
}
