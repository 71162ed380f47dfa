import { describe, expect, it } from 'vitest'
import { KOBE_RUNS, makeRun } from './fixtures/kobe-runs'
import { parseRunFilter, runMatches } from './run-filter'

const names = (text: string) =>
  KOBE_RUNS.filter((run) => runMatches(run, parseRunFilter(text))).map((run) => run.id)

describe('parseRunFilter', () => {
  it('reads free words and MLflow clauses joined by AND', () => {
    expect(parseRunFilter('  ')).toEqual({ kind: 'all' })
    expect(parseRunFilter('Tree  Logistic')).toEqual({ kind: 'words', words: ['tree', 'logistic'] })
    expect(parseRunFilter("metrics.log_loss<0.7 and params.`model_type` LIKE 'log%'")).toEqual({
      kind: 'query',
      clauses: [
        { entity: 'metrics', key: 'log_loss', op: '<', value: 0.7 },
        { entity: 'params', key: 'model_type', op: 'LIKE', value: 'log%' },
      ],
    })
    expect(parseRunFilter('attr.status = "FAILED"')).toEqual({
      kind: 'query',
      clauses: [{ entity: 'attributes', key: 'status', op: '=', value: 'FAILED' }],
    })
  })

  it('says what it cannot read', () => {
    expect(parseRunFilter('metrics.log_loss < low')).toEqual({
      kind: 'invalid',
      message: 'metrics.log_loss needs a number, not "low"',
    })
    expect(parseRunFilter("params.C > '1'")).toMatchObject({
      kind: 'invalid',
      message: 'params.C compares with = != LIKE ILIKE, not >',
    })
    expect(parseRunFilter('metrics.f1 > 0 OR metrics.f1 < 1')).toMatchObject({
      kind: 'invalid',
      message: 'expected AND before "OR metrics.f1 < 1"',
    })
    expect(parseRunFilter('attributes.color = red')).toMatchObject({
      kind: 'invalid',
      message: 'unknown attribute "color"',
    })
  })
})

describe('runMatches', () => {
  it('finds words in names, params and tags, case-insensitively', () => {
    expect(names('decisiontree')).toEqual(['train', 'dt'])
    expect(names('model_type=logistic')).toEqual(['lr', 'apply'])
    expect(names('pipeline.stage=prep')).toEqual(['prep'])
    expect(names('treinamento max_depth')).toEqual(['dt'])
  })

  it('compares metrics as numbers and leaves runs without the metric out', () => {
    expect(names('metrics.log_loss < 0.675')).toEqual(['dt', 'apply'])
    expect(names('metrics.log_loss >= 0.6769140808861872')).toEqual(['train', 'lr'])
    expect(names('metrics.f1_score = 0')).toEqual(['apply'])
    expect(names('metrics.log_loss != 0.6283769593185963')).toEqual(['train', 'lr', 'dt'])
  })

  it('matches params and tags with = != LIKE ILIKE', () => {
    expect(names("params.model_type = 'decision_tree'")).toEqual(['dt'])
    expect(names("params.model_type != 'decision_tree'")).toEqual(['lr', 'apply'])
    expect(names("attributes.run_name LIKE 'Treinamento -%'")).toEqual(['lr', 'dt'])
    expect(names("attributes.run_name LIKE 'treinamento%'")).toEqual([])
    expect(names("attributes.run_name ILIKE 'treinamento%'")).toEqual(['train', 'lr', 'dt'])
    expect(
      names("tags.pipeline.stage = 'PreparacaoDados' AND metrics.base_test_rows = 4057"),
    ).toEqual(['prep'])
  })

  it('does not count NaN as a match and lets every run through an invalid filter', () => {
    const nan = makeRun({ id: 'n', name: 'n', metrics: { f1: Number.NaN } })
    expect(runMatches(nan, parseRunFilter('metrics.f1 != 0'))).toBe(false)
    expect(names('metrics.log_loss <')).toHaveLength(KOBE_RUNS.length)
  })
})
