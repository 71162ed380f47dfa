/**
 * The L2-penalised logistic objective of scikit-learn's LogisticRegression (intercept not
 * penalised): f(w, b) = C · Σ logloss(y_i, b + x_i·w) + ½‖w‖².
 * Parameters are [w_0 … w_{d-1}, b]; the columns may be centred (the optimum of w is the same).
 */
export interface ObjectiveValue {
  value: number
  gradient: Float64Array
  /** row-major (d+1) × (d+1), only when asked for */
  hessian: Float64Array | null
}

/** log(1 + e^z) without overflow */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)))
}

/** 1 / (1 + e^-z), written so that neither branch overflows */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const e = Math.exp(z)
  return e / (1 + e)
}

export function logisticObjective(
  columns: readonly Float64Array[],
  y: ArrayLike<number>,
  params: Float64Array,
  c: number,
  withHessian: boolean,
): ObjectiveValue {
  const d = columns.length
  const m = d + 1
  const n = y.length
  const gradient = new Float64Array(m)
  const hessian = withHessian ? new Float64Array(m * m) : null
  const x = new Float64Array(m)
  x[d] = 1
  let loss = 0
  for (let i = 0; i < n; i++) {
    let z = params[d]!
    for (let j = 0; j < d; j++) {
      x[j] = columns[j]![i]!
      z += params[j]! * x[j]!
    }
    const yi = y[i]!
    loss += softplus(z) - yi * z
    const p = sigmoid(z)
    const r = p - yi
    for (let j = 0; j < m; j++) gradient[j]! += r * x[j]!
    if (hessian) {
      const w = p * (1 - p)
      for (let j = 0; j < m; j++) {
        const wx = w * x[j]!
        for (let k = 0; k <= j; k++) hessian[j * m + k]! += wx * x[k]!
      }
    }
  }
  let penalty = 0
  for (let j = 0; j < m; j++) gradient[j]! *= c
  for (let j = 0; j < d; j++) {
    penalty += params[j]! * params[j]!
    gradient[j]! += params[j]!
  }
  if (hessian) {
    for (let j = 0; j < m; j++) {
      for (let k = 0; k <= j; k++) {
        const h = c * hessian[j * m + k]! + (j === k && j < d ? 1 : 0)
        hessian[j * m + k] = h
        hessian[k * m + j] = h
      }
    }
  }
  return { value: c * loss + penalty / 2, gradient, hessian }
}
