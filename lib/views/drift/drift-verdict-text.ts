import { DRIFT_METHODS, type DriftMethod } from '../../drift/drift-methods'
import { LARGE_REFERENCE_ROWS } from '../../drift/select-stat-test'
import type { DatasetDriftVerdict, DriftRow } from '../../drift/drift-table'
import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { MessageKey } from '../../i18n/messages-en'
import type { Translate } from '../../i18n/translate'
import type { DriftMethodChoice } from './drift-method-choice'
import { formatShare, formatStatistic } from './format-drift-number'

const METHOD_KEYS: Record<DriftMethod | 'auto', MessageKey> = {
  auto: 'drift.method.auto',
  wasserstein: 'drift.method.wasserstein',
  jensenshannon: 'drift.method.jensenshannon',
  psi: 'drift.method.psi',
  ks: 'drift.method.ks',
  chisquare: 'drift.method.chisquare',
  z: 'drift.method.z',
}

/** The test's name in the user's language ("Normed Wasserstein distance"). */
export function methodName(method: DriftMethod | 'auto', t: Translate): string {
  return t(METHOD_KEYS[method])
}

export const isPValueTest = (method: DriftMethod) =>
  DRIFT_METHODS[method].direction === 'p_value_below'

/** When a row drifts, as a formula: "score ≥ 0.1", "p ≤ 0.05" (K-S), "p < 0.05". */
export function ruleText(
  row: Pick<DriftRow, 'method' | 'threshold'>,
  t: Translate,
  lang: Lang,
): string {
  const threshold = formatNumber(lang, row.threshold)
  const info = DRIFT_METHODS[row.method]
  if (info.direction === 'score_at_or_above') return t('drift.rule.scoreAtLeast', { threshold })
  return t(info.inclusive ? 'drift.rule.pAtMost' : 'drift.rule.pBelow', { threshold })
}

/** "Normed Wasserstein distance 2.04 (score ≥ 0.1): drifted". */
export function rowVerdictText(row: DriftRow, t: Translate, lang: Lang): string {
  return t('drift.chart.verdict', {
    method: methodName(row.method, t),
    statistic: formatStatistic(lang, row.statistic, isPValueTest(row.method)),
    rule: ruleText(row, t, lang),
    verdict: t(row.drifted ? 'drift.verdict.yes' : 'drift.verdict.no').toLowerCase(),
  })
}

/** "Dataset drift: 4 of 6 features drifted (share 0.67 ≥ 0.5)." or the no-drift sentence. */
export function datasetVerdictSentence(
  verdict: DatasetDriftVerdict,
  t: Translate,
  lang: Lang,
): string {
  return t(verdict.datasetDrift ? 'drift.dataset.drifted' : 'drift.dataset.notDrifted', {
    drifted: verdict.driftedCount,
    columns: verdict.columnCount,
    share: formatShare(lang, verdict.share),
    driftShare: formatNumber(lang, verdict.driftShare),
  })
}

/**
 * The rule the table applies, named: Evidently's automatic choice depends on the reference size
 * (distances above 1000 rows, p-value tests at or below), a fixed method names its threshold.
 */
export function ruleSentence(
  choice: DriftMethodChoice,
  rows: readonly DriftRow[],
  driftShare: number,
  t: Translate,
  lang: Lang,
): string {
  const referenceRows = rows.reduce((most, row) => Math.max(most, row.refCount), 0)
  const dataset = t('drift.rule.dataset', { driftShare: formatNumber(lang, driftShare) })
  if (choice === 'auto') {
    const key =
      referenceRows > LARGE_REFERENCE_ROWS ? 'drift.rule.auto.large' : 'drift.rule.auto.small'
    return `${t(key, { rows: referenceRows })} ${t('drift.rule.typing')} ${dataset}`
  }
  const info = DRIFT_METHODS[choice]
  const fixed = t('drift.rule.fixed', {
    method: methodName(choice, t),
    rule: ruleText({ method: choice, threshold: info.defaultThreshold }, t, lang),
  })
  const numericalOnly = info.numericalOnly ? ` ${t('drift.rule.numericalOnly')}` : ''
  return `${fixed}${numericalOnly} ${dataset}`
}
