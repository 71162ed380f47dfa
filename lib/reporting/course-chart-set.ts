import type { ModelType } from '../model/model-json'

/** One PNG of the course's report set, and where the dashboard draws it. */
export interface CourseChart {
  /** the course's file name, e.g. `roc_curve_reg_log.png` */
  file: string
  /** page path and query under the site root, e.g. `performance/` */
  page: string
  /** the file name the page's "Download PNG" button saves (its `data-export-name`) */
  download: string
}

/** The course's short model names: `reg_log` for the logistic regression, `tree` for the tree. */
export function courseModelName(type: ModelType | null): string {
  if (type === 'logistic_regression') return 'reg_log'
  if (type === 'decision_tree') return 'tree'
  return 'model'
}

/**
 * The course's chart set for the model the dashboard shows: ROC and calibration curves (dev =
 * the test set, vs prod), confusion matrices of the test set and of prod, court maps of the raw
 * data (true outcomes), the test set and prod (predicted probability), and one drift chart per
 * feature plus the score and target-rate drift.
 */
export function courseChartSet(model: string, driftFeatures: readonly string[]): CourseChart[] {
  const drift = (stem: string): CourseChart => ({
    file: `${stem}.png`,
    page: 'drift/',
    download: `${stem}_dev_vs_prod.png`,
  })
  return [
    { file: `roc_curve_${model}.png`, page: 'performance/', download: 'roc_curve_dev_vs_prod.png' },
    {
      file: `confusion_matrix_${model}.png`,
      page: 'performance/',
      download: 'confusion_matrix_dev.png',
    },
    {
      file: `confusion_matrix_${model}_prod.png`,
      page: 'performance/',
      download: 'confusion_matrix_prod.png',
    },
    {
      file: `calibration_curve_${model}.png`,
      page: 'performance/',
      download: 'reliability_diagram.png',
    },
    { file: 'prediction_map_raw_data.png', page: 'court/', download: 'outcome_map_dev.png' },
    {
      file: 'prediction_map_test.png',
      page: 'court/?color_by=probability',
      download: 'prediction_map_dev.png',
    },
    {
      file: 'prediction_map_prod.png',
      page: 'court/?color_by=probability',
      download: 'prediction_map_prod.png',
    },
    ...driftFeatures.map((f) => drift(`drift_${f}`)),
    drift('prediction_score_distribution'),
    drift('target_rate'),
  ]
}

/**
 * The charts `--only` keeps: each name matches a file with or without `.png`, or a prefix
 * such as `drift` or `prediction_map`. Unknown names are returned to be reported.
 */
export function pickCharts(
  charts: CourseChart[],
  only: readonly string[] | null,
): { charts: CourseChart[]; unknown: string[] } {
  if (!only) return { charts, unknown: [] }
  const stems = only.map((n) => n.trim().replace(/\.png$/i, '')).filter((n) => n !== '')
  const matches = (c: CourseChart, s: string) => {
    const stem = c.file.replace(/\.png$/, '')
    return stem === s || stem.startsWith(`${s}_`)
  }
  return {
    charts: charts.filter((c) => stems.some((s) => matches(c, s))),
    unknown: stems.filter((s) => !charts.some((c) => matches(c, s))),
  }
}
