import { describe, expect, it } from 'vitest'
import type { ParquetColumnInfo } from '@/lib/parquet/parquet-table'
import { detectMapping } from './detect-mapping'

const info = (...names: string[]): ParquetColumnInfo[] =>
  names.map((name) => ({ name, physicalType: 'DOUBLE', logicalType: null }))

describe('detectMapping', () => {
  it('recognises our pipeline and leaves the ambiguous prediction_score to the values', () => {
    const found = detectMapping(info('shot_made_flag', 'prediction_score', 'prediction_label'))
    expect(found.mapping.target).toBe('shot_made_flag')
    expect(found.mapping.probability).toBe('prediction_score')
    expect(found.mapping.label).toBe('prediction_label')
    expect(found.convention).toBeNull()
  })

  it.each([
    ['prediction_score_1', 'positive_class'],
    ['prediction_score_1.0', 'positive_class'],
    ['Score_1', 'positive_class'],
    ['prediction_score_0', 'negative_class'],
    ['Score_0', 'negative_class'],
    ['predict_score', 'positive_class'],
    ['predict_proba', 'positive_class'],
    ['probability', 'positive_class'],
    ['proba', 'positive_class'],
    ['y_proba', 'positive_class'],
    ['y_prob', 'positive_class'],
  ])('reads %s as %s from its name', (name, convention) => {
    const found = detectMapping(info('prediction_label', name))
    expect(found.mapping.probability).toBe(name)
    expect(found.convention).toBe(convention)
  })

  it('prefers P(class 1) over P(class 0) in PyCaret raw scores and lists the other as ignored', () => {
    const found = detectMapping(info('Score_0', 'Score_1', 'Label'))
    expect(found.mapping.probability).toBe('Score_1')
    expect(found.mapping.label).toBe('Label')
    expect(found.detected).toContain('ignored 1 column the model does not use: Score_0')
  })

  it('reads prediction_proba (a student project) and Portuguese names as P(made) and labels', () => {
    const student = detectMapping(
      info('lat', 'lng', 'shot_made_flag', 'prediction_label', 'prediction_proba'),
    )
    expect(student.mapping.probability).toBe('prediction_proba')
    expect(student.convention).toBe('positive_class')
    const pt = detectMapping(info('shot_made_flag', 'previsao', 'probabilidade'))
    expect([pt.mapping.label, pt.mapping.probability]).toEqual(['previsao', 'probabilidade'])
  })

  it('lets the values decide for PyCaret 2 Score + Label, but reads a lone score as P(made)', () => {
    expect(detectMapping(info('Score', 'Label')).convention).toBeNull()
    const alone = detectMapping(info('score'))
    expect(alone.convention).toBe('positive_class')
    expect(alone.warnings).toEqual([])
  })

  it('warns when prediction_score has no label to tell P(made) from a confidence', () => {
    const found = detectMapping(info('prediction_score'))
    expect(found.convention).toBe('positive_class')
    expect(found.warnings[0]).toMatch(/^prediction_score has no predicted-label column/)
  })

  it.each(['prediction', 'y_pred', 'predicted_label', 'label', 'pred'])(
    'finds label %s',
    (name) => {
      expect(detectMapping(info(name)).mapping.label).toBe(name)
    },
  )

  it.each(['y_true', 'target', 'label_true', 'actual'])('finds target %s and says so', (name) => {
    const found = detectMapping(info(name, 'y_pred'))
    expect(found.mapping.target).toBe(name)
    expect(found.detected).toContain(`target: ${name} (instead of shot_made_flag)`)
  })

  it('matches case-insensitively and maps lon, longitude and latitude onto lat/lng', () => {
    const found = detectMapping(info('LATITUDE', 'Lon', 'Shot_Distance'))
    expect(found.mapping.features).toMatchObject({ lat: 'LATITUDE', lng: 'Lon' })
    expect(found.mapping.features.shot_distance).toBe('Shot_Distance')
    expect(found.detected).toContain(
      'features: lat (column LATITUDE), lng (column Lon), shot_distance (column Shot_Distance)',
    )
  })

  it('prefers lng over lon, and the exact name when two columns differ only by case', () => {
    const found = detectMapping(info('lon', 'lng', 'LAT', 'lat'))
    expect(found.mapping.features).toMatchObject({ lat: 'lat', lng: 'lng' })
    expect(found.warnings).toContain(
      'several columns match "lat" (LAT, lat): using lat, ignoring the others',
    )
    expect(found.detected).toContain('ignored 2 columns the model does not use: lon, LAT')
  })

  it('ignores pandas index columns and lists unknown columns', () => {
    const found = detectMapping(info('__index_level_0__', 'Unnamed: 0', 'team_name', 'lat'))
    expect(found.detected).toContain('ignored pandas index column: __index_level_0__, Unnamed: 0')
    expect(found.detected).toContain('ignored 1 column the model does not use: team_name')
  })

  it('says what a file without predictions, target or coordinates cannot show', () => {
    const found = detectMapping(info('lat', 'lng', 'shot_distance'))
    expect(found.missing).toContain(
      'no prediction columns (neither a probability nor a predicted label): this file holds no model output, so performance metrics, ROC curve and threshold analysis are unavailable',
    )
    expect(found.missing[0]).toMatch(
      /^no target column .*: performance metrics unavailable, only distributions and drift$/,
    )
    expect(found.missing).toContain('no loc_x/loc_y: court map uses lat/lng')
    expect(found.missing).toContain('no period column: its distribution and drift unavailable')
    expect(detectMapping(info('shot_distance')).missing).toContain(
      'no loc_x/loc_y nor lat/lng: court map unavailable',
    )
  })

  it('says the ROC curve needs a probability when only labels are there', () => {
    expect(detectMapping(info('y_true', 'y_pred')).missing).toContain(
      'no probability column: ROC curve, log loss and threshold analysis unavailable',
    )
  })
})
