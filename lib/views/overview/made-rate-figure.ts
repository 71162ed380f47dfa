import type { Lang } from '../../i18n/lang'
import type { Translate } from '../../i18n/translate'
import type { PlotFigure } from '../performance/plot-figure'
import type { MadeRates } from './made-rates'
import { formatRate, formatThreshold } from './overview-format'

/** What the overview's chart needs from the page: language and theme colours. */
export interface OverviewFigureContext {
  t: Translate
  lang: Lang
  colors: { actual: string; predicted: string; mean: string }
}

type Series = {
  key: 'actual' | 'predicted' | 'mean'
  name: string
  value: (r: MadeRates) => number
}

/**
 * Grouped bars per dataset: the share of shots that went in, the share the model calls made at
 * the threshold, and the mean predicted probability. In prod at 0.5 the middle bar is 0 % while
 * a third of the shots go in: the contrast the overview shows.
 */
export function madeRateFigure(
  rates: readonly MadeRates[],
  threshold: number,
  ctx: OverviewFigureContext,
): PlotFigure {
  const { t, lang } = ctx
  const x = rates.map((r) => t(r.name === 'dev' ? 'dataset.dev' : 'dataset.prod'))
  const series: Series[] = [
    { key: 'actual', name: t('overview.chart.actual'), value: (r) => r.actualRate },
    {
      key: 'predicted',
      name: t('overview.chart.predicted', { threshold: formatThreshold(lang, threshold) }),
      value: (r) => r.predictedRate,
    },
    { key: 'mean', name: t('overview.chart.mean'), value: (r) => r.meanScore },
  ]
  const label = (v: number) => (Number.isFinite(v) ? formatRate(lang, v) : t('overview.chart.none'))
  const data = series.map((s) => {
    const y = rates.map((r) => (Number.isFinite(s.value(r)) ? s.value(r) : null))
    return {
      type: 'bar',
      name: s.name,
      x,
      y,
      text: rates.map((r) => label(s.value(r))),
      textposition: 'outside',
      cliponaxis: false,
      marker: { color: ctx.colors[s.key] },
      hovertemplate: `%{x}: %{text}<extra>${s.name}</extra>`,
    }
  })
  const highest = Math.max(0, ...data.flatMap((d) => d.y.filter((v): v is number => v !== null)))
  return {
    data,
    layout: {
      barmode: 'group',
      bargap: 0.3,
      bargroupgap: 0.08,
      xaxis: { type: 'category', tickfont: { size: 13 } },
      yaxis: {
        title: { text: t('overview.chart.share') },
        tickformat: '.0%',
        range: [0, Math.min(1, Math.max(0.1, highest * 1.2))],
        rangemode: 'tozero',
      },
      margin: { t: 40 },
    },
  }
}
