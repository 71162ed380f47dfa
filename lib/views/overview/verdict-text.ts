import { formatNumber, formatPercent } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { MessageKey } from '../../i18n/messages-en'
import type { Translate } from '../../i18n/translate'
import { featureUnit } from '../drift/feature-labels'
import { missingProbabilityText } from '../missing-probability-text'
import {
  HEALTH_RULES,
  type HealthFinding,
  type HealthVerdict,
  type Severity,
} from './health-verdict'
import { formatScore, formatThreshold } from './overview-format'

export const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  ok: 'overview.severity.ok',
  warning: 'overview.severity.warning',
  critical: 'overview.severity.critical',
}

/** "dev" / "produção": the dataset's name inside a sentence. */
const dataset = (name: 'dev' | 'prod', t: Translate, lang: Lang) =>
  t(name === 'dev' ? 'dataset.dev' : 'dataset.prod').toLocaleLowerCase(lang)

/** A finding as a clause of the verdict sentence, in the language of `t`. */
export function findingClause(finding: HealthFinding, t: Translate, lang: Lang): string {
  switch (finding.kind) {
    case 'unavailable':
      return t('overview.verdict.unavailable', { dataset: dataset(finding.dataset, t, lang) })
    case 'noLabels':
      return t('overview.verdict.noLabels', { dataset: dataset(finding.dataset, t, lang) })
    case 'noProbability':
      return finding.column === null
        ? missingProbabilityText(finding.dataset, t)
        : t('overview.verdict.probabilityUnusable', {
            dataset: dataset(finding.dataset, t, lang),
            column: finding.column,
            excluded: formatNumber(lang, finding.excluded),
            labelled: formatNumber(lang, finding.labelled),
          })
    case 'f1': {
      const params = {
        dev: formatScore(lang, finding.dev),
        prod: formatScore(lang, finding.prod),
        threshold: formatThreshold(lang, finding.threshold),
      }
      const main = t(
        finding.severity === 'ok' ? 'overview.verdict.f1Held' : 'overview.verdict.f1Fell',
        params,
      )
      const { prodPredicted: count, prodScored: total } = finding
      if (total === 0 || count / total >= HEALTH_RULES.fewPredicted) return main
      const few =
        count === 0
          ? t('overview.verdict.noneMade')
          : t('overview.verdict.fewMade', { count, total })
      return `${main} ${few}`
    }
    case 'drift':
      return finding.drifted === 0
        ? t('overview.verdict.noDrift', { columns: finding.columns })
        : t('overview.verdict.drift', { drifted: finding.drifted, columns: finding.columns })
    case 'retrain':
      return finding.reactive + finding.predictive === 0
        ? t('overview.verdict.noRetrain')
        : t('overview.verdict.retrain', {
            reactive: finding.reactive,
            predictive: finding.predictive,
          })
    case 'outside': {
      const share = formatPercent(lang, finding.share, 0)
      if (finding.range === null) {
        return t('overview.verdict.unseen', { share, feature: finding.feature })
      }
      const unit = featureUnit(finding.feature, t)
      const value = (v: number) => formatNumber(lang, v, { maximumFractionDigits: 4 })
      const clause = t('overview.verdict.outside', {
        share,
        feature: finding.feature,
        min: value(finding.range.min),
        max: value(finding.range.max),
        unit: unit ? ` ${unit}` : '',
      })
      return finding.severity === 'critical'
        ? `${clause}${t('overview.verdict.extrapolating')}`
        : clause
    }
  }
}

/** The verdict in one sentence: the clauses joined with "; ", capitalised, with a full stop. */
export function verdictSentence(verdict: HealthVerdict, t: Translate, lang: Lang): string {
  const text = verdict.findings.map((f) => findingClause(f, t, lang)).join('; ')
  if (text === '') return t('overview.verdict.nothing')
  return `${text.charAt(0).toLocaleUpperCase(lang)}${text.slice(1)}.`
}
