import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { Translate } from '../../i18n/translate'
import { missingProbabilityText } from '../missing-probability-text'
import type { MadeRates } from './made-rates'
import { formatRate, formatThreshold } from './overview-format'

/**
 * The overview's sentence for one dataset at the threshold: how many shots the model calls made
 * against how many went in; without a probability column, the statement every view makes.
 */
export function predictionLine(r: MadeRates, threshold: number, t: Translate, lang: Lang): string {
  if (r.probabilityColumn === false) return `${missingProbabilityText(r.name, t)}.`
  const dataset = t(r.name === 'dev' ? 'dataset.dev' : 'dataset.prod')
  if (r.scored === 0) return t('overview.predictions.noScores', { dataset })
  const share = (v: number) => (Number.isFinite(v) ? formatRate(lang, v) : t('overview.chart.none'))
  const num = (v: number) => formatNumber(lang, v)
  return t('overview.predictions.sentence', {
    dataset,
    threshold: formatThreshold(lang, threshold),
    predicted: num(r.predictedMade),
    scored: num(r.scored),
    predictedShare: share(r.predictedRate),
    actualShare: share(r.actualRate),
    labelled: num(r.labelled),
    mean: formatNumber(lang, r.meanScore, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
  })
}
