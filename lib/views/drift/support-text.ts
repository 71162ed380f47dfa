import type { DriftRow } from '../../drift/drift-table'
import { formatPercent } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { Translate } from '../../i18n/translate'
import { featureUnit } from './feature-labels'
import { formatFeatureValue } from './format-drift-number'

/** From this share of prod rows outside the dev support on, the view says so in a sentence. */
export const SUPPORT_ALERT_SHARE = 0.1

/** The share of prod rows outside the dev support: central 99 % range, or unseen categories. */
export function outsideSupportShare(row: DriftRow): number {
  return row.support.kind === 'range' ? row.support.outsideCentralShare : row.support.outsideShare
}

/** The table cell, one line each: "96.7% outside the central 99%", "89.3% outside [min, max]". */
export function supportCell(row: DriftRow, t: Translate, lang: Lang): string[] {
  const share = (value: number) => ({ share: formatPercent(lang, value) })
  const support = row.support
  if (support.kind === 'range') {
    return [
      t('drift.support.cellCentral', share(support.outsideCentralShare)),
      t('drift.support.cellRange', share(support.outsideShare)),
    ]
  }
  return [t('drift.support.cellCategories', share(support.outsideShare))]
}

/**
 * The extrapolation story in a sentence when at least SUPPORT_ALERT_SHARE of prod lies outside
 * the dev support (null otherwise): how many prod values, which dev range, in the feature's unit.
 */
export function supportSentence(row: DriftRow, t: Translate, lang: Lang): string | null {
  const support = row.support
  if (!(outsideSupportShare(row) >= SUPPORT_ALERT_SHARE)) return null
  if (support.kind === 'categories') {
    return t('drift.support.sentenceCategories', {
      share: formatPercent(lang, support.outsideShare),
      feature: row.column,
      count: support.outside,
      total: row.curCount,
      values: support.unseen.join(', '),
    })
  }
  const unit = featureUnit(row.column, t)
  const value = (v: number) => formatFeatureValue(lang, v)
  return t('drift.support.sentence', {
    share: formatPercent(lang, support.outsideCentralShare),
    feature: row.column,
    count: support.outsideCentral,
    total: row.curCount,
    low: value(support.centralLow),
    high: value(support.centralHigh),
    unit: unit ? ` ${unit}` : '',
    outside: formatPercent(lang, support.outsideShare),
    min: value(support.referenceMin),
    max: value(support.referenceMax),
  })
}
