import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { Translate } from '../../i18n/translate'
import type { DatasetName } from '../../site-data/predictions/snapshot-types'

/** One model's value of a metric on one dataset. */
export interface MetricEntry {
  model: string
  dataset: DatasetName
  value: number
}

/** The best and the runner-up of a dataset, or a tie; null when fewer than two finite values. */
export interface DatasetVerdict {
  dataset: DatasetName
  best: MetricEntry
  other: MetricEntry
  tie: boolean
}

/** Best vs runner-up per dataset among the finite values, by the metric's direction. */
export function datasetVerdict(
  entries: readonly MetricEntry[],
  dataset: DatasetName,
  higherIsBetter: boolean,
): DatasetVerdict | null {
  const ranked = entries
    .filter((e) => e.dataset === dataset && Number.isFinite(e.value))
    .sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value))
  if (ranked.length < 2) return null
  const [best, other] = ranked as [MetricEntry, MetricEntry]
  return { dataset, best, other, tie: best.value === other.value }
}

/** The two values with as many decimals (3 to 6) as it takes to tell them apart. */
function pairText(lang: Lang, a: number, b: number): [string, string] {
  for (let digits = 3; digits <= 6; digits++) {
    const f = (v: number) =>
      formatNumber(lang, v, { minimumFractionDigits: digits, maximumFractionDigits: digits })
    if (f(a) !== f(b) || digits === 6) return [f(a), f(b)]
  }
  return ['', '']
}

/**
 * One plain sentence saying which model is better on prod and on dev for one metric:
 * "Log loss: DecisionTree is better on prod (0.690 vs 0.720) and LogisticRegression on dev
 * (0.668 vs 0.671)." Ties and a missing dataset are said so.
 */
export function betterSentence(
  metricLabel: string,
  entries: readonly MetricEntry[],
  higherIsBetter: boolean,
  t: Translate,
  lang: Lang,
): string {
  const prod = datasetVerdict(entries, 'prod', higherIsBetter)
  const dev = datasetVerdict(entries, 'dev', higherIsBetter)
  const datasetName = (d: DatasetName) =>
    t(d === 'dev' ? 'dataset.dev' : 'dataset.prod').toLocaleLowerCase(lang)
  const clause = (v: DatasetVerdict) => {
    const [best, other] = v.tie
      ? pairText(lang, v.best.value, v.best.value - 1)
      : pairText(lang, v.best.value, v.other.value)
    return v.tie
      ? t('comparison.clause.tie', { dataset: datasetName(v.dataset), best })
      : t('comparison.clause.better', {
          model: v.best.model,
          dataset: datasetName(v.dataset),
          best,
          other,
        })
  }
  if (prod && dev && !prod.tie && !dev.tie) {
    const [prodBest, prodOther] = pairText(lang, prod.best.value, prod.other.value)
    const [devBest, devOther] = pairText(lang, dev.best.value, dev.other.value)
    if (prod.best.model === dev.best.model) {
      return t('comparison.sentence.both', {
        metric: metricLabel,
        model: prod.best.model,
        prodBest,
        prodOther,
        devBest,
        devOther,
      })
    }
    return t('comparison.sentence.split', {
      metric: metricLabel,
      prodModel: prod.best.model,
      devModel: dev.best.model,
      prodBest,
      prodOther,
      devBest,
      devOther,
    })
  }
  const parts = [prod, dev].filter((v): v is DatasetVerdict => v !== null).map(clause)
  if (parts.length === 0) return t('comparison.sentence.missing', { metric: metricLabel })
  return t('comparison.sentence.clauses', {
    metric: metricLabel,
    clauses: parts.join(t('comparison.clause.and')),
  })
}
