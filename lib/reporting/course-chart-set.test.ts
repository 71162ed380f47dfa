import { describe, expect, it } from 'vitest'
import {
  comparedChartSet,
  comparedModelNames,
  courseChartSet,
  courseModelName,
  pickCharts,
} from './course-chart-set'

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

// the models buildComparison reports for our pipeline's candidates (build-comparison.test.ts)
const candidates = [
  { key: 'run-dt', name: 'DecisionTree', estimator: ['DecisionTreeClassifier'] },
  { key: 'run-lr', name: 'LogisticRegression', estimator: ['LogisticRegression'] },
]

describe("the compared models' charts", () => {
  it('names the models in the course style, by their final estimator, and tells duplicates apart', () => {
    expect(comparedModelNames(candidates)).toEqual(['tree', 'reg_log'])
    expect(
      comparedModelNames([
        { name: 'logistic_model.pkl', estimator: ['LogisticRegression'] },
        { name: 'decisionTree.pkl', estimator: ['DecisionTreeClassifier'] },
        {
          name: 'best_classifier.pkl',
          estimator: ['AdaBoostClassifier', 'DecisionTreeClassifier ×50'],
        },
        { name: 'scaled', estimator: ['Pipeline', 'StandardScaler', 'LogisticRegression'] },
        { name: 'Mystery model (v2)', estimator: [] },
      ]),
    ).toEqual(['reg_log', 'tree', 'ada_boost_classifier', 'reg_log_2', 'mystery_model_v2'])
  })

  it("adds each other model's ROC and confusion matrices, from a page showing that model alone", () => {
    const charts = comparedChartSet('reg_log', [
      ...candidates,
      {
        key: 'kobe-shot-model/3',
        name: 'kobe-shot-model v3',
        estimator: ['RandomForestClassifier', 'DecisionTreeClassifier ×100'],
      },
    ])
    expect(charts).toEqual([
      {
        file: 'roc_curve_tree.png',
        page: 'performance/?models=run-dt',
        download: 'roc_curve_compared_models.png',
      },
      {
        file: 'confusion_matrix_tree.png',
        page: 'performance/?models=run-dt',
        download: 'confusion_matrix_tree_dev.png',
      },
      {
        file: 'confusion_matrix_tree_prod.png',
        page: 'performance/?models=run-dt',
        download: 'confusion_matrix_tree_prod.png',
      },
      {
        file: 'roc_curve_random_forest_classifier.png',
        page: 'performance/?models=kobe-shot-model%2F3',
        download: 'roc_curve_compared_models.png',
      },
      {
        file: 'confusion_matrix_random_forest_classifier.png',
        page: 'performance/?models=kobe-shot-model%2F3',
        download: 'confusion_matrix_random_forest_classifier_dev.png',
      },
      {
        file: 'confusion_matrix_random_forest_classifier_prod.png',
        page: 'performance/?models=kobe-shot-model%2F3',
        download: 'confusion_matrix_random_forest_classifier_prod.png',
      },
    ])
    // the served model's own files stay the set's: no second roc_curve_reg_log.png
    const all = [...courseChartSet('reg_log', []), ...comparedChartSet('reg_log', candidates)]
    expect(new Set(all.map((c) => c.file)).size).toBe(all.length)
    expect(pickCharts(all, ['roc_curve']).charts.map((c) => c.file)).toEqual([
      'roc_curve_reg_log.png',
      'roc_curve_tree.png',
    ])
    // a served tree: the logistic regression's files are added instead
    expect(comparedChartSet('tree', candidates).map((c) => c.file)).toEqual([
      'roc_curve_reg_log.png',
      'confusion_matrix_reg_log.png',
      'confusion_matrix_reg_log_prod.png',
    ])
  })
})
