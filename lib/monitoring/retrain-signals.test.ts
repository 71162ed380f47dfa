import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readModelFile } from '../model-reader/read-model-file'
import { featureImportance } from './feature-importance'
import { MODEL_JSON_FORMAT, type LogisticRegressionJson } from '../model/model-json'
import {
  predictiveDatasetDrift,
  predictiveImportantDrift,
  reactiveBetweenChunks,
  reactiveDevProd,
  relativeDegradation,
} from './retrain-signals'

describe('reactive retrain signals', () => {
  it('fires when F1 drops by more than 15% from dev to prod', () => {
    const signal = reactiveDevProd(0.6, 0.3, undefined)
    expect(signal).toMatchObject({ kind: 'reactive', metric: 'f1_score', triggered: true })
    expect(signal.cause).toBe(
      'f1_score degraded by 50.0% from dev (0.6) to prod (0.3), more than the 15% allowed',
    )
    expect(reactiveDevProd(0.6, 0.55, undefined).triggered).toBe(false)
  })
  it('reads a rise of log loss as a degradation', () => {
    expect(relativeDegradation('log_loss', 0.6, 0.72)).toBeCloseTo(0.2, 12)
    expect(relativeDegradation('roc_auc', 0.6, 0.72)).toBeCloseTo(-0.2, 12)
    const signal = reactiveDevProd(0.6, 0.72, undefined, {
      metric: 'log_loss',
      maxDegradation: 0.1,
    })
    expect(signal.triggered).toBe(true)
    expect(signal.cause).toContain('more than the 10% allowed')
  })
  it('explains a missing comparison instead of failing', () => {
    const signal = reactiveDevProd(0.6, null, 'prod has no labelled row')
    expect(signal.triggered).toBe(false)
    expect(signal.cause).toBe(
      'f1_score cannot be compared from dev to prod: prod has no labelled row',
    )
    expect(reactiveDevProd(0, 0.1, undefined).cause).toContain('0 on dev')
  })
  it('finds the worst step between chunks, skipping chunks without a value', () => {
    const signal = reactiveBetweenChunks('season', [
      { key: '2000-01', value: 0.5, index: 10 },
      { key: '2001-02', value: null, index: 11 },
      { key: '2002-03', value: 0.48, index: 12 },
      { key: '2003-04', value: 0.3, index: 13 },
    ])
    expect(signal.triggered).toBe(true)
    expect(signal.when).toBe('2003-04')
    expect(signal.evidence).toEqual(['/chunks/13'])
    expect(signal.cause).toContain('from season 2002-03 (0.48) to 2003-04 (0.3)')
    expect(reactiveBetweenChunks('month', [{ key: 'a', value: 0.3, index: 0 }]).cause).toContain(
      'fewer than two chunks',
    )
  })
})

describe('predictive retrain signals', () => {
  it("uses Evidently's share rule for dataset drift", () => {
    const signal = predictiveDatasetDrift({
      share: 0.5,
      drift: true,
      driftShare: 0.5,
      drifted: ['lat', 'lng', 'shot_distance'],
      columns: 6,
    })
    expect(signal.triggered).toBe(true)
    expect(signal.cause).toBe(
      'dataset drift: 3 of 6 features drifted (50%, at or above the 50% share): lat, lng, shot_distance',
    )
  })
  it('ranks logistic-regression features by |coef · std| and watches the top ones', () => {
    const model = {
      format: MODEL_JSON_FORMAT,
      type: 'logistic_regression',
      features: ['a', 'b', 'c'],
      coefficients: [2, -10, 0.1],
      intercept: 0,
    } as unknown as LogisticRegressionJson
    const importance = featureImportance(
      model,
      { a: [0, 2, 0, 2], b: [0, 0.1, 0, 0.1], c: [0, 100, 0, 100] },
      ['a', 'b', 'c'],
    )
    // std: a 1, b 0.05, c 50 → importances 2, 0.5, 5
    expect(importance.ranking.map((r) => r.feature)).toEqual(['c', 'a', 'b'])
    expect(importance.ranking[0]!.importance).toBeCloseTo(5, 12)
    expect(importance.top).toEqual(['c', 'a'])
    const signal = predictiveImportantDrift(importance.top, importance.method, [
      { name: 'a', drift: false, statistic: 0.01, method: 'wasserstein' },
      { name: 'b', drift: true, statistic: 0.4, method: 'wasserstein' },
      { name: 'c', drift: true, statistic: 0.3, method: 'wasserstein' },
    ])
    expect(signal.triggered).toBe(true)
    expect(signal.evidence).toEqual(['/features/2'])
    expect(featureImportance(null, {}, ['a']).top).toEqual(['a'])
  })
  it('says a pickled model was read, not that no model was found', () => {
    const file = join(
      __dirname,
      '..',
      'model-reader',
      'fixtures',
      'estimators',
      'random-forest.pkl',
    )
    const read = readModelFile(readFileSync(file), file)
    if (!read.ok) throw new Error(read.error)
    const importance = featureImportance(read.model, {}, ['a', 'b'])
    expect(importance.top).toEqual(['a', 'b'])
    expect(importance.reason.code).toBe('importance.pickled')
    expect(importance.method).toBe(
      `the model (${read.model.steps.join(' → ')}) was read from a pickle, whose coefficients are not ranked: every feature counts as important`,
    )
    expect(featureImportance(null, {}, ['a']).reason.code).toBe('importance.noModel')
  })
})
