import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decisionTreeJson, logisticRegressionJson } from './build-model-json'
import { FEATURES, TARGET } from './features'
import { fitDecisionTree } from './fit-decision-tree'
import { fitLogisticRegression } from './fit-logistic-regression'
import { loadJsonFixture, loadKobeFixture } from './fixtures/kobe-fixture'
import { parseModelJson } from './parse-model-json'
import { predictProba, predictProbaColumns } from './predict-proba'

const fixture = loadKobeFixture()
const common = { features: FEATURES, target: TARGET, training: { rows: 300, seed: 42 } }
const logistic = logisticRegressionJson(
  fitLogisticRegression(fixture.columns, fixture.y),
  1,
  common,
)
const tree = decisionTreeJson(
  fitDecisionTree(fixture.columns, fixture.y, { maxDepth: 3 }),
  3,
  common,
)
const sklearn = loadJsonFixture<Record<string, { proba: number[] }>>(
  path.join(__dirname, 'fixtures', 'sklearn-reference.json'),
)

function row(i: number): Record<string, number> {
  return Object.fromEntries(FEATURES.map((f) => [f, fixture.byName[f]![i]!]))
}

describe('model JSON', () => {
  it.each([logistic, tree])('round-trips through JSON text unchanged ($type)', (model) => {
    expect(parseModelJson(JSON.stringify(model))).toEqual(model)
  })

  it.each([logistic, tree])('scores a row exactly as the column scorer does ($type)', (model) => {
    const batch = predictProbaColumns(parseModelJson(JSON.stringify(model)), fixture.byName)
    for (let i = 0; i < 300; i++) expect(predictProba(model, row(i))).toBe(batch[i])
  })

  it("reproduces scikit-learn's predict_proba on the fixture (logistic optimum, depth-3 tree)", () => {
    const lr = predictProbaColumns(logistic, fixture.byName)
    sklearn.logistic_newton_cholesky!.proba.forEach((p, i) => expect(lr[i]).toBeCloseTo(p, 12))
    expect(Array.from(predictProbaColumns(tree, fixture.byName))).toEqual(
      (sklearn as unknown as { trees: { proba: number[] }[] }).trees[0]!.proba,
    )
  })

  it('names the field and value of a bad document', () => {
    const bad =
      (patch: Record<string, unknown>, model: object = logistic) =>
      () =>
        parseModelJson(JSON.stringify({ ...model, ...patch }), 'runs/abc/model.json')
    expect(() => parseModelJson('{"format":', 'm.json')).toThrow(
      /^m\.json: field "\(document\)" is not JSON/,
    )
    expect(bad({ format: 'onnx' })).toThrow(
      'runs/abc/model.json: field "format" must be "kobe-model-json", got "onnx"',
    )
    expect(bad({ version: 2 })).toThrow('field "version" must be 1 (this reader\'s version), got 2')
    expect(bad({ type: 'svm' })).toThrow(
      'field "type" must be "logistic_regression" or "decision_tree", got "svm"',
    )
    expect(bad({ coefficients: [1, 2] })).toThrow('field "coefficients" must have 6 items, got 2')
    expect(bad({ intercept: 'x' })).toThrow('field "intercept" must be a finite number, got "x"')
    expect(bad({ hyperparameters: { criterion: 'gini', max_depth: null } }, tree)).toThrow(
      'field "hyperparameters.max_depth" must be a finite number, got null',
    )
    const cyclic = { ...tree.tree, left: [0, ...tree.tree.left.slice(1)] }
    expect(bad({ tree: cyclic }, tree)).toThrow(
      'field "tree.left[0]" must be a node id after 0 and below 13, got 0',
    )
    const outOfRange = { ...tree.tree, value: [1.5, ...tree.tree.value.slice(1)] }
    expect(bad({ tree: outOfRange }, tree)).toThrow(
      'field "tree.value[0]" must be in [0, 1], got 1.5',
    )
  })

  it('names a missing or non-finite feature of an input row', () => {
    const r = row(0)
    delete r.period
    expect(() => predictProba(logistic, r)).toThrow(
      'feature "period" must be a finite number, got undefined',
    )
    const lat = Float64Array.from(fixture.byName.lat!)
    lat[5] = NaN
    expect(() => predictProbaColumns(tree, { ...fixture.byName, lat })).toThrow(
      'feature "lat" row 5 is NaN, not a finite number',
    )
    expect(() => predictProbaColumns(tree, { ...fixture.byName, lat: Float64Array.of(1) })).toThrow(
      'feature "lng" has 300 rows, "lat" has 1',
    )
    expect(() => predictProbaColumns(tree, { lat })).toThrow('no column for feature "lng"')
  })
})
