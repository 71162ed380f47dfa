import { checkBinaryInput, MetricsInputError } from './metrics-input-error'

/** Mean squared difference between P(class 1) and the 0/1 outcome (scikit-learn's brier_score_loss). */
export function brierScore(yTrue: ArrayLike<number>, pPositive: ArrayLike<number>): number {
  checkBinaryInput(yTrue, pPositive, 'pPositive')
  if (yTrue.length === 0) throw new MetricsInputError('Brier score of an empty sample')
  let sum = 0
  for (let i = 0; i < yTrue.length; i++) {
    const d = yTrue[i]! - pPositive[i]!
    sum += d * d
  }
  return sum / yTrue.length
}
