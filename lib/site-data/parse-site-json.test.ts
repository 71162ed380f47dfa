import { describe, expect, it } from 'vitest'
import { nonFiniteAsString } from '../tracking/json-non-finite'
import { parseModelSnapshot } from './model/parse-model-snapshot'
import { parseSnapshot } from './predictions/parse-snapshot'
import { parseRunsSnapshot } from './runs/parse-runs-snapshot'

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, nonFiniteAsString))

const snapshot = {
  version: 2,
  generatedAt: '2026-01-01T00:00:00.000Z',
  rowsLimit: 200_000,
  datasets: {
    dev: null,
    prod: {
      rowsFile: 'data/rows-prod.parquet',
      metrics: { log_loss: 0.69, roc_auc: NaN, accuracy: 0.5 },
    },
  },
  filterOptions: { periods: [], seasons: [], zones: [], playoffs: [] },
  columns: {},
  drift: null,
  outputDrift: null,
  histograms: [],
  problems: [],
}

describe('site file parsers', () => {
  it('revive the non-finite numbers the writer spelled as strings', () => {
    const parsed = parseSnapshot(bytes(snapshot))
    expect(parsed.datasets.prod!.metrics!.roc_auc).toBeNaN()
    expect(parsed.datasets.prod!.metrics!.log_loss).toBe(0.69)
  })

  it('name the file and the version when a page meets an older or newer file', () => {
    expect(() => parseSnapshot(bytes({ ...snapshot, version: 7 }))).toThrow(
      'data/snapshot.json: version 7, this page reads version 2: rebuild the site (npm run build)',
    )
    expect(() => parseRunsSnapshot('{"runs": []}')).toThrow(
      'data/runs.json: version missing, this page reads version',
    )
  })

  it('name the field a truncated or hand-edited file lacks', () => {
    expect(() => parseSnapshot(bytes({ ...snapshot, histograms: undefined }))).toThrow(
      'data/snapshot.json: field "histograms" must be a list, got missing',
    )
    expect(() => parseSnapshot('{"version": 2,')).toThrow(/^data\/snapshot.json: not JSON/)
    expect(() =>
      parseModelSnapshot(
        bytes({
          version: 2,
          features: [],
          notes: [],
          models: [],
          unloadable: [],
          model: 3,
          problem: null,
        }),
      ),
    ).toThrow('data/model.json: field "model" must be null or an object, got 3')
  })

  it('check every model of model.json again', () => {
    const file = { version: 2, features: [], notes: [], models: [], unloadable: [], problem: null }
    const model = { format: 'something-else' }
    expect(() => parseModelSnapshot(bytes({ ...file, model }))).toThrow(
      'data/model.json model: field "format" must be "kobe-model-json", got "something-else"',
    )
    // a pickle's rebuilt model is checked for its shape
    const portable = {
      format: 'portable-model/1',
      kind: 'classifier',
      steps: ['LogisticRegression'],
      classes: [0, 1],
      features: ['lat'],
      inputCount: 1,
      root: { op: 'logistic-regression', className: 'LogisticRegression' },
    }
    const entry = {
      key: 'm/1',
      source: { runId: 'r' },
      estimator: 'x',
      kind: 'classifier',
      inputs: ['lat'],
    }
    expect(parseModelSnapshot(bytes({ ...file, model: portable })).model).toEqual(portable)
    expect(() =>
      parseModelSnapshot(
        bytes({
          ...file,
          model: null,
          models: [{ ...entry, model: { ...portable, kind: 'ranker' } }],
        }),
      ),
    ).toThrow(
      'data/model.json: models[0] (m/1): field "kind" must be "classifier" or "regressor", got "ranker": rebuild the site (npm run build)',
    )
    expect(() => parseModelSnapshot(bytes({ ...file, model: null, unloadable: ['x'] }))).toThrow(
      'data/model.json: unloadable[0] is "x", not {label, reason}: rebuild the site (npm run build)',
    )
  })
})
