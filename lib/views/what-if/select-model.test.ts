import { describe, expect, it } from 'vitest'
import type { ModelJson } from '../../model/model-json'
import type { ModelEntry, ServedModelSource } from '../../site-data/model/model-snapshot-types'
import { modelKey, selectModel } from './select-model'

const model = { type: 'logistic_regression' } as ModelJson
function entry(key: string, source: Partial<ServedModelSource>): ModelEntry {
  return {
    key,
    model,
    estimator: 'LogisticRegression',
    kind: 'classifier',
    inputs: [],
    source: {
      registeredModel: null,
      version: null,
      alias: null,
      stage: null,
      runId: key,
      runName: null,
      experimentId: null,
      artifactPath: 'model/model.json',
      chosenBy: 'other_run',
      selectionReason: null,
      store: 'mlruns',
      ...source,
    },
  }
}
const models = [
  entry('kobe-shot-model/1', {
    registeredModel: 'kobe-shot-model',
    version: 1,
    alias: 'champion',
    runId: 'r1',
  }),
  entry('kobe-shot-model/2', { registeredModel: 'kobe-shot-model', version: 2, runId: 'r2' }),
  entry('r3', {}),
]

describe('selectModel', () => {
  it('defaults to the served model', () => {
    expect(selectModel(models, null)).toEqual({ index: 0, unknown: null })
  })
  it('finds a key, a run id, name@alias and a bare name', () => {
    expect(selectModel(models, 'kobe-shot-model/2').index).toBe(1)
    expect(selectModel(models, 'r3').index).toBe(2)
    expect(selectModel(models, 'r2').index).toBe(1)
    expect(selectModel(models, 'kobe-shot-model@champion').index).toBe(0)
    expect(selectModel(models, 'kobe-shot-model').index).toBe(0)
  })
  it('falls back to the served model and reports an unknown value', () => {
    expect(selectModel(models, 'kobe-shot-model/9')).toEqual({
      index: 0,
      unknown: 'kobe-shot-model/9',
    })
    expect(selectModel(models, 'kobe-shot-model@staging')).toEqual({
      index: 0,
      unknown: 'kobe-shot-model@staging',
    })
  })
})

describe('modelKey', () => {
  it('is name/version when registered, the run id for its model/ folder, run:folder else', () => {
    expect(modelKey(models[0]!.source)).toBe('kobe-shot-model/1')
    expect(modelKey(models[2]!.source)).toBe('r3')
    expect(modelKey({ ...models[2]!.source, artifactPath: 'clf/model.pkl' })).toBe('r3:clf')
    expect(modelKey({ ...models[2]!.source, artifactPath: 'model.pkl' })).toBe('r3:.')
  })
})
