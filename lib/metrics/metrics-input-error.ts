/** The inputs of a metric are unusable; the message names the argument, the index and the value. */
export class MetricsInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MetricsInputError'
  }
}

/**
 * Checks that labels are 0/1, scores are finite and both have the same length. One pass, no copy:
 * metrics run on every threshold-slider move, so this must stay cheap.
 */
export function checkBinaryInput(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
  scoreName = 'score',
): void {
  if (yTrue.length !== score.length) {
    throw new MetricsInputError(
      `yTrue has ${yTrue.length} values but ${scoreName} has ${score.length}`,
    )
  }
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i]!
    if (y !== 0 && y !== 1) throw new MetricsInputError(`yTrue[${i}] is ${y}, expected 0 or 1`)
    const s = score[i]!
    if (!Number.isFinite(s)) {
      throw new MetricsInputError(`${scoreName}[${i}] is ${s}, expected a finite number`)
    }
  }
}
