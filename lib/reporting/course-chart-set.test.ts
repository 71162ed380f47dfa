import { describe, expect, it } from 'vitest'
import { courseChartSet, courseModelName, pickCharts } from './course-chart-set'

const set = courseChartSet(courseModelName('logistic_regression'), ['lat', 'shot_distance'])

describe('the course chart set', () => {
  it('names files in the course style and points each at the button that saves it', () => {
    expect(set.map((c) => c.file)).toEqual([
      'roc_curve_reg_log.png',
      'confusion_matrix_reg_log.png',
      'confusion_matrix_reg_log_prod.png',
      'calibration_curve_reg_log.png',
      'prediction_map_raw_data.png',
      'prediction_map_test.png',
      'prediction_map_prod.png',
      'drift_lat.png',
      'drift_shot_distance.png',
      'prediction_score_distribution.png',
      'target_rate.png',
    ])
    expect(set.find((c) => c.file === 'prediction_map_prod.png')).toEqual({
      file: 'prediction_map_prod.png',
      page: 'court/?color_by=probability',
      download: 'prediction_map_prod.png',
    })
    expect(courseChartSet(courseModelName('decision_tree'), [])[1]!.file).toBe(
      'confusion_matrix_tree.png',
    )
  })

  it('--only keeps whole names and prefixes, and returns names it does not know', () => {
    const picked = pickCharts(set, ['roc_curve_reg_log.png', 'prediction_map', 'drift', 'pie'])
    expect(picked.charts.map((c) => c.file)).toEqual([
      'roc_curve_reg_log.png',
      'prediction_map_raw_data.png',
      'prediction_map_test.png',
      'prediction_map_prod.png',
      'drift_lat.png',
      'drift_shot_distance.png',
    ])
    expect(picked.unknown).toEqual(['pie'])
    expect(pickCharts(set, null).charts).toHaveLength(11)
  })
})
