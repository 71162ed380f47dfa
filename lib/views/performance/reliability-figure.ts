import { formatNumber } from '../../i18n/format-number'
import { datasetLabel, formatMetric, type FigureContext } from './figure-context'
import type { PerformanceSummary } from './performance-summary'
import type { PlotFigure } from './plot-figure'

/**
 * Reliability diagram: in 10 equal bins of P(made), the share of shots actually made against the
 * mean predicted probability, dev and prod, with the Brier score in the legend. Points on the
 * diagonal are calibrated; the marker area follows the bin's shot count.
 */
export function reliabilityFigure(
  summaries: readonly PerformanceSummary[],
  ctx: FigureContext,
): PlotFigure {
  const { t, lang } = ctx
  const data: object[] = [
    {
      type: 'scatter',
      mode: 'lines',
      x: [0, 1],
      y: [0, 1],
      name: t('performance.reliability.perfect'),
      line: { color: ctx.referenceColor, dash: 'dot', width: 1.5 },
      hoverinfo: 'skip',
    },
  ]
  for (const summary of summaries) {
    const name = summary.sample.name
    const label = datasetLabel(ctx, name)
    const bins = summary.reliability
    const largest = Math.max(1, ...bins.map((b) => b.count))
    data.push({
      type: 'scatter',
      mode: 'lines+markers',
      x: bins.map((b) => b.meanPredicted),
      y: bins.map((b) => b.fractionPositive),
      customdata: bins.map((b) => [
        formatNumber(lang, b.count),
        `${formatNumber(lang, b.lower, { minimumFractionDigits: 1 })}–${formatNumber(lang, b.upper, { minimumFractionDigits: 1 })}`,
      ]),
      name: t('performance.legend.brier', {
        dataset: label,
        value: formatMetric(ctx, summary.brier),
      }),
      line: { color: ctx.datasetColors[name], width: 2 },
      marker: {
        color: ctx.datasetColors[name],
        size: bins.map((b) => 7 + 13 * Math.sqrt(b.count / largest)),
        line: { color: '#ffffff', width: 1 },
      },
      hovertemplate: `${t('performance.reliability.hover')}<extra>${label}</extra>`,
    })
  }
  return {
    data,
    layout: {
      xaxis: {
        title: { text: t('performance.axis.meanPredicted') },
        range: [-0.02, 1.02],
        zeroline: false,
      },
      yaxis: {
        title: { text: t('performance.axis.fractionMade') },
        range: [-0.02, 1.02],
        zeroline: false,
      },
      hovermode: 'closest',
    },
  }
}
