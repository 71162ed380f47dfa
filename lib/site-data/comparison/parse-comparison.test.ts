import { describe, expect, it } from 'vitest'
import { parseComparison } from './parse-comparison'
import { parseScoresFile, scoresFileBytes } from './scores-file'

const model = (key: string, scoresFile = 'data/comparison/0-prod.f64') => ({
  key,
  reference: key,
  name: key,
  registeredModel: null,
  version: null,
  runId: null,
  estimator: ['LogisticRegression'],
  clippedScore: false,
  datasets: {
    dev: null,
    prod: {
      rows: 3,
      metricsRows: 3,
      metrics: {
        log_loss: 0.5,
        f1_score: 0,
        accuracy: 1,
        precision: 0,
        recall: 0,
        roc_auc: 'NaN',
        brier_score: 0.1,
      },
      scoresFile,
      shippedRows: 3,
    },
  },
})
const file = (models: unknown[], version = 1) =>
  JSON.stringify({ version, generatedAt: '', chosenBy: 'env', requested: 'a', models, skipped: [] })

describe('parseComparison', () => {
  it('reads a file and revives NaN metrics', () => {
    const parsed = parseComparison(file([model('a')]))
    expect(parsed.models[0]!.datasets.prod!.metrics!.roc_auc).toBeNaN()
    expect(parsed.models[0]!.datasets.prod!.metrics!.log_loss).toBe(0.5)
  })

  it('names the file and the field of a bad file', () => {
    expect(() => parseComparison(file([model('a')], 2))).toThrow(
      'data/comparison.json: version 2, this page reads version 1',
    )
    expect(() => parseComparison(file([model('a'), model('a')]))).toThrow(
      'data/comparison.json: models[1] repeats key "a"',
    )
    expect(() => parseComparison(file([model('a', '../../etc/passwd')]))).toThrow(
      'data/comparison.json: models[0].datasets.prod.scoresFile "../../etc/passwd" is not a data/comparison/*.f64 file',
    )
  })
})

describe('scores files', () => {
  it('round-trips the shipped rows and refuses a truncated or out-of-range file', () => {
    const bytes = scoresFileBytes(
      Float64Array.from([0.1, 0.2, NaN, 0.4]),
      Uint32Array.from([3, 0, 2]),
    )
    expect(Array.from(parseScoresFile(bytes, 'f'))).toEqual([0.4, 0.1, NaN])
    expect(() => parseScoresFile(bytes.subarray(0, 20), 'data/comparison/0-prod.f64', 3)).toThrow(
      'data/comparison/0-prod.f64: holds 20 bytes, expected 24 (8 per shipped row): rebuild the site',
    )
    const bad = scoresFileBytes(Float64Array.from([1.5]), Uint32Array.from([0]))
    expect(() => parseScoresFile(bad, 'x.f64')).toThrow(
      'x.f64: row 0 has score 1.5, outside [0, 1]',
    )
  })
})
