import { describe, expect, it } from 'vitest'
import type { CellValue, ParquetTable } from '@/lib/parquet/parquet-table'
import { loadPredictionsTable } from './load-predictions-table'
import { MISSING_LABEL } from './types'

/** A decoded table as readParquetBytes returns it, from plain columns. */
function table(data: Record<string, CellValue[]>, file = 'preds.parquet'): ParquetTable {
  const columns = Object.keys(data).map((name) => ({
    name,
    physicalType: 'DOUBLE',
    logicalType: null,
  }))
  return { file, numRows: Object.values(data)[0]?.length ?? 0, columns, data }
}

describe('loadPredictionsTable', () => {
  it('turns PyCaret 3 raw P(class 0) alone into P(made) = 1 − value', () => {
    const { report, data } = loadPredictionsTable(
      table({ prediction_score_0: [0.8, 0.25], prediction_label: [0, 1] }),
    )
    expect(report.probabilityConvention).toBe('negative_class')
    expect(data.probability?.[0]).toBeCloseTo(0.2, 12)
    expect(data.probability?.[1]).toBeCloseTo(0.75, 12)
  })

  it('reads PyCaret 2 raw_score Score_1 with string labels', () => {
    const { report, data } = loadPredictionsTable(
      table({ Score_0: [0.6, 0.3], Score_1: [0.4, 0.7], Label: ['0.0', '1.0'] }),
    )
    expect(report.probabilityConvention).toBe('positive_class')
    expect(Array.from(data.probability!)).toEqual([0.4, 0.7])
    expect(Array.from(data.label!)).toEqual([0, 1])
  })

  it('reads labels written as booleans, "True"/"False" and made/missed', () => {
    const labels = [true, 'False', 'made', 'missed', '1', 0, null, 'maybe']
    const { report, data } = loadPredictionsTable(table({ y_pred: labels }))
    expect(Array.from(data.label!)).toEqual([1, 0, 1, 0, 1, 0, MISSING_LABEL, MISSING_LABEL])
    expect(report.warnings).toEqual([
      'label column "y_pred": 1 value is not 0/1 (first: "maybe" at row 7, counting from 0), read as no prediction',
      'label column "y_pred": 1 row has no predicted label',
    ])
  })

  it('keeps unlabelled rows as NaN and counts labelled rows', () => {
    const { report, data } = loadPredictionsTable(table({ shot_made_flag: [1, null, 0, NaN] }))
    expect(Array.from(data.target)).toEqual([1, NaN, 0, NaN])
    expect(report).toMatchObject({ rows: 4, labelledRows: 2, unlabelledRows: 2 })
  })

  it('fills the target with NaN when there is no target column', () => {
    const { report, data } = loadPredictionsTable(table({ proba: [0.2, 0.9] }))
    expect(Array.from(data.target)).toEqual([NaN, NaN])
    expect(report).toMatchObject({ labelledRows: 0, unlabelledRows: 2 })
  })

  it('refuses a target that is not 0/1/null, naming file, column, value and row', () => {
    expect(() => loadPredictionsTable(table({ target: [0, 1, 3] }, 'runs/p.parquet'))).toThrow(
      'runs/p.parquet: target column "target" has value 3 at row 2 (counting from 0); expected 0, 1 or null',
    )
  })

  it('reads features as numbers and warns about values that are not', () => {
    const { report, data } = loadPredictionsTable(
      table({ playoffs: [true, false, null], shot_distance: ['12', 'far', 30] }),
    )
    expect(Array.from(data.features.playoffs!)).toEqual([1, 0, NaN])
    expect(Array.from(data.features.shot_distance!)).toEqual([12, NaN, 30])
    expect(report.warnings).toContain(
      'feature shot_distance (column "shot_distance"): 1 value is not a number (first: "far" at row 1, counting from 0), read as missing',
    )
  })

  it('reads the forced-convention data as a confidence when nothing forces it, and warns', () => {
    const { report } = loadPredictionsTable(
      table({ prediction_score: [0.55, 0.72, 0.66, 0.9], prediction_label: [0, 1, 0, 1] }),
    )
    expect(report.probabilityConvention).toBe('confidence_of_predicted_label')
    expect(report.warnings[0]).toMatch(
      /^cannot tell from the labels whether the score is P\(made\) or a confidence \(the labels agree with both readings\)/,
    )
  })

  it('warns when a probability column named as P(made) holds confidences', () => {
    const { report } = loadPredictionsTable(
      table({ predict_proba: [0.91, 0.62, 0.55, 0.8], y_pred: [0, 1, 0, 1] }),
    )
    expect(report.probabilityConvention).toBe('positive_class')
    expect(report.warnings[0]).toMatch(
      /^the values of predict_proba look like the confidence of the predicted label rather than P\(made\)/,
    )
  })

  it('lets the mapping option win over the mapping file, and matches its columns loosely', () => {
    const { report } = loadPredictionsTable(
      table({ y: [1, 0], P_Hit: [0.7, 0.2], other: [0.1, 0.1], yhat: [1, 0] }),
      {
        mappingFile: { path: 'm.json', text: '{"target": "y", "probability": "other"}' },
        mapping: { probability: 'p_hit', label: 'yhat' },
        mappingSource: '--probability flag',
      },
    )
    expect(report.mapping).toMatchObject({ target: 'y', probability: 'P_Hit', label: 'yhat' })
    expect(report.detected).toContain('target: y (from m.json)')
    expect(report.detected).toContain('probability: P_Hit (from --probability flag)')
  })

  it('takes a mapped column away from detection so it plays one role', () => {
    const { report } = loadPredictionsTable(table({ label: [1, 0], pred: [1, 1] }), {
      mapping: { target: 'label' },
    })
    expect(report.mapping).toMatchObject({ target: 'label', label: 'pred' })
  })

  it('names the mapping, the key and the value for a column that does not exist', () => {
    expect(() =>
      loadPredictionsTable(table({ p: [0.5] }), {
        mappingFile: { path: 'm.json', text: '{"target": "y"}' },
      }),
    ).toThrow('m.json: "target" is "y", which is not a column of preds.parquet (its columns: p)')
  })

  it('refuses a mapping that gives one column two roles', () => {
    expect(() =>
      loadPredictionsTable(table({ y: [1] }), { mapping: { target: 'y', label: 'y' } }),
    ).toThrow('mapping option: "target" and "label" both name column "y": a column plays one role')
  })

  it('refuses to force a confidence without a label column', () => {
    expect(() =>
      loadPredictionsTable(table({ p: [0.7] }), {
        mapping: { probability: 'p' },
        probabilityConvention: 'confidence_of_predicted_label',
      }),
    ).toThrow(
      'mapping option: "probabilityConvention" is "confidence_of_predicted_label", which needs a predicted-label column',
    )
  })

  it('warns when a forced convention contradicts the values', () => {
    const { report } = loadPredictionsTable(
      table({ prediction_score: [0.91, 0.62, 0.55, 0.8], prediction_label: [0, 1, 0, 1] }),
      { probabilityConvention: 'positive_class' },
    )
    expect(report.probabilityConvention).toBe('positive_class')
    expect(report.detected).toContain(
      'probability convention: positive_class (forced by mapping option)',
    )
    expect(report.warnings[0]).toMatch(
      /^mapping option forces probabilityConvention positive_class, but the values look like confidence_of_predicted_label/,
    )
  })

  it('turns boolean context values into 1/0 and keeps the others as they are', () => {
    const { data } = loadPredictionsTable(
      table({ season: ['2000-01', null], opponent: [true, 'POR'] }),
    )
    expect(data.context).toEqual({ season: ['2000-01', null], opponent: [1, 'POR'] })
  })
})
