import { CompensatedSum } from './compensated-sum'
import { DriftInputError } from './drift-input-error'

/** scipy's `rel_entr(x, y)`: x log(x/y), 0 when x = 0, +Infinity when y = 0 < x. */
function relativeEntropy(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y)
  if (x === 0 && y >= 0) return 0
  return Infinity
}

/**
 * `scipy.spatial.distance.jensenshannon(p, q)` with the natural log: p and q are first scaled to
 * sum to 1, then √((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q) / 2. At most √ln 2 ≈ 0.8326.
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length) {
    throw new DriftInputError(`jensenshannon: p has ${p.length} entries but q has ${q.length}`)
  }
  const sum = (values: ArrayLike<number>) => {
    const total = new CompensatedSum()
    for (let i = 0; i < values.length; i++) total.add(values[i]!)
    return total.value
  }
  const pTotal = sum(p)
  const qTotal = sum(q)
  const left = new CompensatedSum()
  const right = new CompensatedSum()
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / pTotal
    const qi = q[i]! / qTotal
    const mi = (pi + qi) / 2
    left.add(relativeEntropy(pi, mi))
    right.add(relativeEntropy(qi, mi))
  }
  return Math.sqrt((left.value + right.value) / 2)
}
