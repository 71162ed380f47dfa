import type { ModelType } from '../model/model-json'
import type { DatasetName } from '../site-data/predictions/snapshot-types'

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
 * The course's short name of a compared model, from its final estimator (the last step of its
 * `estimator` list that is not an ensemble's folded members, `DecisionTreeClassifier ×50`):
 * `LogisticRegression` → `reg_log`, `DecisionTree…` → `tree`, any other estimator (or, with none,
 * the display name) slugged in snake case (`AdaBoostClassifier` → `ada_boost_classifier`).
 */
function comparedModelName(model: { name: string; estimator: readonly string[] }): string {
  const step = model.estimator.filter((s) => !/ ×\d+$/.test(s)).at(-1) ?? ''
  if (step === 'LogisticRegression') return 'reg_log'
  if (step.startsWith('DecisionTree')) return 'tree'
  const slug = (step || model.name)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()
  return slug || 'model'
}

/**
 * The course's names of the compared models, in their order: a name taken by an earlier model
 * gets `_2`, `_3`, … (two logistic regressions: `reg_log`, `reg_log_2`).
 */
export function comparedModelNames(
  models: readonly { name: string; estimator: readonly string[] }[],
): string[] {
  const taken = new Set<string>()
  return models.map((m) => {
    const base = comparedModelName(m)
    let name = base
    for (let i = 2; taken.has(name); i++) name = `${base}_${i}`
    taken.add(name)
    return name
  })
}

/** The file a compared model's confusion matrix on one dataset downloads as, on /performance/. */
export function comparedConfusionDownload(model: string, dataset: DatasetName): string {
  return `confusion_matrix_${model}_${dataset}.png`
}

/** The compared models' ROC figure's download (of the shown models: one with `?models=<key>`). */
export const COMPARED_ROC_DOWNLOAD = 'roc_curve_compared_models.png'

/**
 * The course's ROC curve and confusion matrices (the test set's, prod's) of every compared model
 * other than the one the dashboard shows (`shown`: its charts are the set's own), each from
 * /performance/ with `?models=<key>`, so the comparison's ROC figure draws that model alone.
 */
export function comparedChartSet(
  shown: string,
  models: readonly { key: string; name: string; estimator: readonly string[] }[],
): CourseChart[] {
  const names = comparedModelNames(models)
  return models.flatMap((m, i) => {
    const name = names[i]!
    if (name === shown) return []
    const page = `performance/?models=${encodeURIComponent(m.key)}`
    return [
      { file: `roc_curve_${name}.png`, page, download: COMPARED_ROC_DOWNLOAD },
      {
        file: `confusion_matrix_${name}.png`,
        page,
        download: comparedConfusionDownload(name, 'dev'),
      },
      {
        file: `confusion_matrix_${name}_prod.png`,
        page,
        download: comparedConfusionDownload(name, 'prod'),
      },
    ]
  })
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
