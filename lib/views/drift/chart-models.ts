import type { DriftRow } from '../../drift/drift-table'
import type { PlotHistogram } from '../../drift/histogram-for-plot'
import { formatNumber, formatPercent } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { Translate } from '../../i18n/translate'
import { categoryFigure } from './category-figure'
import type { DatasetNames, DriftFigure } from './drift-figure'
import { rowVerdictText } from './drift-verdict-text'
import type { FeatureDistribution } from './feature-distribution'
import { categoryLabel, featureWithUnit } from './feature-labels'
import { histogramFigure } from './histogram-figure'
import { SUPPORT_ALERT_SHARE } from './support-text'
import type { MadeRate, ScoresAtThreshold } from './output-summaries'
import { targetRateFigure } from './target-rate-figure'

/** One chart of the view: what Plot needs, plus the anchor the table links to. */
export interface DriftChartModel {
  /** element id, e.g. "drift-chart-shot_distance" */
  anchor: string
  title: string
  description: string
  /** PNG name without extension */
  filename: string
  figure: DriftFigure
}

const safe = (name: string) => name.replace(/[^A-Za-z0-9_-]+/g, '_')

/** The id of a feature's chart, for the table's links. */
export function chartAnchor(column: string): string {
  return `drift-chart-${safe(column)}`
}

/**
 * A feature's dev-vs-prod chart: title with the unit, the test's statistic and verdict as the
 * subtitle, the dev central 99 % range shaded on numerical features, `drift_<feature>_dev_vs_prod`.
 */
export function featureChartModel(
  row: DriftRow,
  distribution: FeatureDistribution,
  names: DatasetNames,
  t: Translate,
  lang: Lang,
): DriftChartModel {
  const xTitle = featureWithUnit(row.column, t)
  const base = {
    anchor: chartAnchor(row.column),
    title: t('drift.chart.title', { feature: xTitle }),
    description: rowVerdictText(row, t, lang),
    filename: `drift_${safe(row.column)}_dev_vs_prod`,
  }
  if (distribution.kind === 'categories') {
    const labels = distribution.keys.map((key) => categoryLabel(row.column, key, t))
    return {
      ...base,
      figure: categoryFigure(labels, distribution.reference, distribution.current, {
        xTitle,
        yTitle: t('drift.axis.share'),
        names,
        lang,
      }),
    }
  }
  const support = row.support
  // the dev central range only where much of prod lies outside it (the extrapolation story);
  // integer bins are whole values wide, so the band covers whole bins
  const half = row.dtype === 'int' ? 0.5 : 0
  const band =
    support.kind === 'range' && support.outsideCentralShare >= SUPPORT_ALERT_SHARE
      ? {
          x0: support.centralLow - half,
          x1: support.centralHigh + half,
          label: t('drift.chart.devRange'),
        }
      : null
  return {
    ...base,
    figure: histogramFigure(distribution.histogram, {
      xTitle,
      yTitle: t('drift.axis.sharePerBin'),
      names,
      lang,
      integerBins: row.dtype === 'int',
      band,
    }),
  }
}

/**
 * The prediction_score distribution with the decision threshold drawn, and how many dev and
 * prod shots score at least the threshold in the subtitle.
 */
export function scoreChartModel(
  histogram: PlotHistogram,
  threshold: number,
  row: DriftRow | null,
  scores: { dev: ScoresAtThreshold; prod: ScoresAtThreshold },
  names: DatasetNames,
  t: Translate,
  lang: Lang,
): DriftChartModel {
  const at = t('drift.output.scoreShares', {
    threshold: formatNumber(lang, threshold),
    dev: formatPercent(lang, scores.dev.share),
    prod: formatPercent(lang, scores.prod.share),
  })
  return {
    anchor: chartAnchor('prediction_score'),
    title: t('drift.output.scoreTitle'),
    description: row ? `${rowVerdictText(row, t, lang)}. ${at}` : at,
    filename: 'prediction_score_distribution_dev_vs_prod',
    figure: histogramFigure(histogram, {
      xTitle: t('drift.axis.score'),
      yTitle: t('drift.axis.sharePerBin'),
      names,
      lang,
      lines: [
        {
          x: threshold,
          label: t('drift.output.thresholdLine', { threshold: formatNumber(lang, threshold) }),
        },
      ],
      include: [threshold],
    }),
  }
}

/** Made rate dev vs prod among shots with a known outcome; the test in the subtitle. */
export function targetChartModel(
  dev: MadeRate,
  prod: MadeRate,
  row: DriftRow | null,
  names: DatasetNames,
  t: Translate,
  lang: Lang,
): DriftChartModel {
  const known = t('drift.output.targetKnown', {
    unknown: formatNumber(lang, prod.unknown + dev.unknown),
  })
  return {
    anchor: chartAnchor('shot_made_flag'),
    title: t('drift.output.targetTitle'),
    description: row ? `${rowVerdictText(row, t, lang)}. ${known}` : known,
    filename: 'target_rate_dev_vs_prod',
    figure: targetRateFigure(dev, prod, { names, yTitle: t('drift.axis.madeRate'), t, lang }),
  }
}
