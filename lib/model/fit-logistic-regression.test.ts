import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fitLogisticRegression } from './fit-logistic-regression'
import { logisticObjective } from './logistic-objective'
import { loadJsonFixture, loadKobeFixture } from './fixtures/kobe-fixture'

interface LogisticReference {
  coefficients: number[]
  intercept: number
  n_iter: number
  proba: number[]
}
const reference = loadJsonFixture<Record<string, LogisticReference>>(
  path.join(__dirname, 'fixtures', 'sklearn-reference.json'),
)
const fixture = loadKobeFixture()

function objectiveAt(coefficients: ArrayLike<number>, intercept: number): number {
  const params = Float64Array.from([...Array.from(coefficients), intercept])
  return logisticObjective(fixture.columns, fixture.y, params, 1, false).value
}

describe('fitLogisticRegression on the 300-row Kobe fixture', () => {
  const fit = fitLogisticRegression(fixture.columns, fixture.y)

  it('converges in a few Newton steps to a zero gradient', () => {
    expect(fit.converged).toBe(true)
    expect(fit.iterations).toBeLessThan(15)
    expect(fit.gradientMax).toBeLessThan(1e-8)
  })

  it("agrees with scikit-learn's newton-cholesky optimum to 1e-6 relative", () => {
    const sk = reference.logistic_newton_cholesky!
    expect(fit.intercept).toBeCloseTo(-36.81085441945546, 4)
    expect(Math.abs(fit.intercept / sk.intercept - 1)).toBeLessThan(1e-6)
    fit.coefficients.forEach((c, j) => {
      expect(Math.abs(c / sk.coefficients[j]! - 1)).toBeLessThan(1e-6)
    })
  })

  it("reaches a lower objective than plain LogisticRegression()'s lbfgs, which stops early", () => {
    const lbfgs = reference.logistic_default!
    expect(lbfgs.intercept).toBeCloseTo(-0.003994628, 6)
    const ours = objectiveAt(fit.coefficients, fit.intercept)
    expect(ours).toBeCloseTo(fit.objective, 9)
    expect(objectiveAt(lbfgs.coefficients, lbfgs.intercept)).toBeGreaterThan(ours + 1e-3)
  })

  it('honours C: a tiny C shrinks the coefficients towards zero', () => {
    const strong = fitLogisticRegression(fixture.columns, fixture.y, { c: 1e-6 })
    for (const c of strong.coefficients) expect(Math.abs(c)).toBeLessThan(1e-3)
    // with the weights ≈ 0 the intercept is the log-odds of the base rate (130 made of 300)
    expect(strong.intercept).toBeCloseTo(Math.log(130 / 170), 2)
  })
})
