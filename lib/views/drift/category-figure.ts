import { formatPercent } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { DatasetNames, DriftFigure } from './drift-figure'

export interface CategoryFigureOptions {
  xTitle: string
  yTitle: string
  names: DatasetNames
  lang: Lang
}

/** Above this many categories the bars are too narrow for a share label (hover shows it). */
const MAX_LABELLED_CATEGORIES = 4

/** Grouped bars of each category's share of dev and of prod shots (%), labelled when few. */
export function categoryFigure(
  labels: string[],
  reference: number[],
  current: number[],
  options: CategoryFigureOptions,
): DriftFigure {
  const labelled = labels.length <= MAX_LABELLED_CATEGORIES
  const trace = (name: string, shares: number[]) => ({
    type: 'bar',
    name,
    x: labels,
    y: shares.map((s) => s * 100),
    text: shares.map((s) => formatPercent(options.lang, s)),
    textposition: labelled ? 'outside' : 'none',
    cliponaxis: false,
    hovertemplate: `${name}<br>%{x}: %{text}<extra></extra>`,
  })
  return {
    data: [trace(options.names.dev, reference), trace(options.names.prod, current)],
    layout: {
      barmode: 'group',
      xaxis: { title: { text: options.xTitle }, type: 'category' },
      yaxis: { title: { text: options.yTitle }, rangemode: 'tozero', ticksuffix: '%' },
      margin: { t: 36 },
    },
  }
}
