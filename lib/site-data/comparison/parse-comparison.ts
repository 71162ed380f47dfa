import { expectField, parseSiteJson, reviveNumbers, type SiteFileInput } from '../parse-site-json'
import { SiteFileError } from '../site-file-error'
import { COMPARISON_VERSION, type ComparisonSnapshot } from './comparison-types'

export const COMPARISON_SITE_FILE = 'data/comparison.json'

const METRICS = [
  'log_loss',
  'f1_score',
  'accuracy',
  'precision',
  'recall',
  'roc_auc',
  'brier_score',
] as const

/**
 * comparison.json text or bytes → ComparisonSnapshot: the version this page reads, every
 * model's identity, and per dataset its metrics (numbers) and scores file (a `data/comparison/`
 * path with its row count), so a hand-edited file is one sentence, not a broken view.
 */
export function parseComparison(
  input: SiteFileInput,
  file = COMPARISON_SITE_FILE,
): ComparisonSnapshot {
  const object = parseSiteJson(input, file, COMPARISON_VERSION)
  expectField(object, 'models', 'array', file)
  expectField(object, 'skipped', 'array', file)
  expectField(object, 'chosenBy', 'string', file)
  const models = object.models as Record<string, unknown>[]
  const keys = new Set<string>()
  models.forEach((model, i) => {
    const where = `${file} models[${i}]`
    if (typeof model !== 'object' || model === null) {
      throw new SiteFileError(file, `models[${i}] is ${String(model)}, not an object`)
    }
    expectField(model, 'key', 'string', where)
    expectField(model, 'name', 'string', where)
    expectField(model, 'estimator', 'array', where)
    expectField(model, 'datasets', 'object', where)
    if (keys.has(model.key as string)) {
      throw new SiteFileError(file, `models[${i}] repeats key ${JSON.stringify(model.key)}`)
    }
    keys.add(model.key as string)
    const datasets = model.datasets as Record<string, unknown>
    for (const name of ['dev', 'prod']) {
      expectField(datasets, name, 'object', `${where}.datasets`, true)
      const d = datasets[name] as Record<string, unknown> | null
      if (!d) continue
      const at = `${where}.datasets.${name}`
      expectField(d, 'scoresFile', 'string', at)
      expectField(d, 'shippedRows', 'number', at)
      expectField(d, 'rows', 'number', at)
      expectField(d, 'metrics', 'object', at, true)
      if (!/^data\/comparison\/[\w.-]+\.f64$/.test(d.scoresFile as string)) {
        throw new SiteFileError(
          file,
          `models[${i}].datasets.${name}.scoresFile ${JSON.stringify(d.scoresFile)} is not a data/comparison/*.f64 file`,
        )
      }
      const metrics = d.metrics as Record<string, unknown> | null
      if (metrics) {
        reviveNumbers(metrics)
        for (const m of METRICS) expectField(metrics, m, 'number', `${at}.metrics`)
      }
    }
  })
  return object as unknown as ComparisonSnapshot
}
