import { formatNumber, formatPercent } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { Translate } from '../../i18n/translate'
import type { DatasetNames, DriftFigure } from './drift-figure'
import type { MadeRate } from './output-summaries'

/**
 * Made rate of dev and of prod shots with a known outcome, one bar each, labelled
 * "47.7% (1,937 of 4,057)"; a dataset without labelled rows gets no bar.
 */
export function targetRateFigure(
  dev: MadeRate,
  prod: MadeRate,
  options: { names: DatasetNames; yTitle: string; t: Translate; lang: Lang },
): DriftFigure {
  const { t, lang } = options
  const trace = (name: string, rate: MadeRate) => {
    const has = rate.labelled > 0
    const label = t('drift.output.targetBar', {
      rate: formatPercent(lang, rate.rate),
      made: formatNumber(lang, rate.made),
      labelled: formatNumber(lang, rate.labelled),
    })
    return {
      type: 'bar',
      name,
      x: has ? [name] : [],
      y: has ? [rate.rate * 100] : [],
      text: has ? [label] : [],
      textposition: 'outside',
      cliponaxis: false,
      hovertemplate: `${name}<br>%{text}<extra></extra>`,
    }
  }
  const highest = Math.max(0, ...[dev, prod].filter((r) => r.labelled > 0).map((r) => r.rate * 100))
  return {
    data: [trace(options.names.dev, dev), trace(options.names.prod, prod)],
    layout: {
      barmode: 'group',
      showlegend: false,
      xaxis: { type: 'category' },
      yaxis: {
        title: { text: options.yTitle },
        range: [0, Math.max(10, highest * 1.25)],
        ticksuffix: '%',
      },
      margin: { t: 24 },
    },
  }
}
