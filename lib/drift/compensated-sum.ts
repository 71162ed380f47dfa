/**
 * Neumaier-compensated running sum: the result is within a few ulps of the exact sum whatever the
 * length, so it agrees with numpy's pairwise summation to ~1e-15 relative. Infinite or NaN terms
 * propagate as in a plain sum.
 */
export class CompensatedSum {
  private sum = 0
  private compensation = 0

  // once the sum is ±Infinity or NaN it stays so and `value` returns it: the compensation (then
  // NaN) is never read, so no finiteness test is needed per term
  add(value: number): void {
    const t = this.sum + value
    if (Math.abs(this.sum) >= Math.abs(value)) this.compensation += this.sum - t + value
    else this.compensation += value - t + this.sum
    this.sum = t
  }

  get value(): number {
    return Number.isFinite(this.sum) ? this.sum + this.compensation : this.sum
  }
}
