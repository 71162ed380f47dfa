import { logisticObjective } from './logistic-objective'
import { solveSpd } from './solve-spd'

export interface LogisticRegressionFit {
  /** one per column, on the original (uncentred) scale */
  coefficients: Float64Array
  intercept: number
  iterations: number
  converged: boolean
  /** objective C·Σ logloss + ½‖w‖² at the solution */
  objective: number
  /** largest absolute gradient component at the solution */
  gradientMax: number
}

export interface LogisticRegressionOptions {
  /** inverse regularisation strength, scikit-learn's C (default 1) */
  c?: number
  maxIterations?: number
  /** stop when no parameter moves by more than this, relative to 1 + |value| */
  stepTolerance?: number
}

/**
 * Fits scikit-learn's default `LogisticRegression()` (L2, C = 1, unpenalised intercept) to full
 * convergence by Newton's method with a backtracking line search. The columns are centred
 * internally, which leaves the optimum unchanged and keeps the Hessian well conditioned on raw
 * features such as longitude ≈ −118.
 */
export function fitLogisticRegression(
  columns: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  { c = 1, maxIterations = 100, stepTolerance = 1e-10 }: LogisticRegressionOptions = {},
): LogisticRegressionFit {
  const d = columns.length
  const n = y.length
  if (n === 0) throw new Error('logistic regression needs at least one row')
  const means = columns.map((col) => {
    let sum = 0
    for (let i = 0; i < n; i++) sum += col[i]!
    return sum / n
  })
  const centred = columns.map((col, j) => {
    const out = new Float64Array(n)
    for (let i = 0; i < n; i++) out[i] = col[i]! - means[j]!
    return out
  })
  const params = new Float64Array(d + 1)
  let iterations = 0
  let converged = false
  while (iterations < maxIterations && !converged) {
    iterations++
    const { value, gradient, hessian } = logisticObjective(centred, y, params, c, true)
    const step = solveSpd(
      hessian!,
      gradient.map((g) => -g),
    )
    let decrement = 0
    for (let j = 0; j <= d; j++) decrement -= gradient[j]! * step[j]!
    let t = 1
    // Far from the optimum, halve the step until the objective decreases enough (Armijo).
    // Near it, rounding noise in f would defeat the test, and full Newton steps are safe.
    if (decrement > 1e-8) {
      const trial = new Float64Array(d + 1)
      for (;;) {
        for (let j = 0; j <= d; j++) trial[j] = params[j]! + t * step[j]!
        const next = logisticObjective(centred, y, trial, c, false).value
        if (next <= value - 1e-4 * t * decrement || t < 1e-10) break
        t /= 2
      }
    }
    let largest = 0
    for (let j = 0; j <= d; j++) {
      params[j]! += t * step[j]!
      largest = Math.max(largest, Math.abs(t * step[j]!) / (1 + Math.abs(params[j]!)))
    }
    converged = largest <= stepTolerance || decrement <= 1e-24
  }
  const final = logisticObjective(centred, y, params, c, false)
  const coefficients = Float64Array.from(params.subarray(0, d))
  let intercept = params[d]!
  for (let j = 0; j < d; j++) intercept -= coefficients[j]! * means[j]!
  return {
    coefficients,
    intercept,
    iterations,
    converged,
    objective: final.value,
    gradientMax: final.gradient.reduce((m, g) => Math.max(m, Math.abs(g)), 0),
  }
}
