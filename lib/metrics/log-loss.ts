import { checkBinaryInput, MetricsInputError } from './metrics-input-error'

/**
 * Mean binary cross-entropy of P(class 1), like scikit-learn's `log_loss`: probabilities are
 * clipped to [eps, 1 - eps] first. The default eps is the float64 machine epsilon, which is what
 * scikit-learn ≥ 1.2 uses (`eps="auto"`); pass `{ eps: 1e-15 }` for the older default.
 */
export function logLoss(
  yTrue: ArrayLike<number>,
  pPositive: ArrayLike<number>,
  options: { eps?: number } = {},
): number {
  checkBinaryInput(yTrue, pPositive, 'pPositive')
  if (yTrue.length === 0) throw new MetricsInputError('log loss of an empty sample')
  const eps = options.eps ?? Number.EPSILON
  let sum = 0
  for (let i = 0; i < yTrue.length; i++) sum += logLossTerm(yTrue[i]!, pPositive[i]!, eps)
  return sum / yTrue.length
}

/** One sample's cross-entropy, its probability clipped to [eps, 1 - eps]: logLoss sums these. */
export function logLossTerm(y: number, pPositive: number, eps = Number.EPSILON): number {
  const p = Math.min(Math.max(pPositive, eps), 1 - eps)
  return y === 1 ? -Math.log(p) : -Math.log(1 - p)
}
