import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { logisticRegressionJson } from '../model/build-model-json'
import { FEATURES, TARGET } from '../model/features'
import { fitLogisticRegression } from '../model/fit-logistic-regression'
import { loadKobeFixture } from '../model/fixtures/kobe-fixture'
import { ownModelJson, parseLoggedModel } from './read-logged-model'

const PICKLE = 'lib/model-reader/fixtures/lasso.p2.pkl'

it('keeps our model.json (its coefficients feed feature importance) and drops a pickle', () => {
  const fixture = loadKobeFixture()
  const json = logisticRegressionJson(fitLogisticRegression(fixture.columns, fixture.y), 1, {
    features: FEATURES,
    target: TARGET,
    training: { rows: 300, seed: 42 },
  })
  const ours = parseLoggedModel(new TextEncoder().encode(JSON.stringify(json)), 'model.json')
  expect(ownModelJson(ours)).toBe(ours)
  expect(ownModelJson(ours)!.type).toBe('logistic_regression')
  const pickled = parseLoggedModel(new Uint8Array(readFileSync(PICKLE)), PICKLE)
  expect(pickled.format).toBe('portable-model/1')
  expect(ownModelJson(pickled)).toBeNull()
  expect(ownModelJson(null)).toBeNull()
})
