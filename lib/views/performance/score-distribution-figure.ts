import { formatNumber } from '../../i18n/format-number'
import { datasetLabel, type FigureContext } from './figure-context'
import type { PerformanceSummary } from './performance-summary'
import type { PlotFigure } from './plot-figure'
import { thresholdLine } from './threshold-line'

/**
 * Histograms of P(made) by true class, one panel per dataset (dev on top), as the share of each
 * class per bin so classes and datasets of different sizes compare. Shows at a glance where the
 * threshold cuts each class, e.g. every prod score below 0.5.
 */
export function scoreDistributionTraces(
  summaries: readonly PerformanceSummary[],
  ctx: FigureContext,
): object[] {
  const { t, lang } = ctx
  const data: object[] = []
  summaries.forEach((summary, panel) => {
    const h = summary.histogram
    const centers = h.edges.slice(0, -1).map((e, k) => (e + h.edges[k + 1]!) / 2)
    const ranges = h.edges
      .slice(0, -1)
      .map(
        (e, k) =>
          `${formatNumber(lang, e, { minimumFractionDigits: 2 })}–${formatNumber(lang, h.edges[k + 1]!, { minimumFractionDigits: 2 })}`,
      )
    const axis = panel === 0 ? '' : String(panel + 1)
    const label = datasetLabel(ctx, summary.sample.name)
    for (const cls of ['made', 'missed'] as const) {
      const counts = h[cls]
      const total = cls === 'made' ? h.madeTotal : h.missedTotal
      const className = t(cls === 'made' ? 'outcome.made' : 'outcome.missed')
      data.push({
        type: 'bar',
        x: centers,
        y: counts.map((n) => (total === 0 ? 0 : (100 * n) / total)),
        customdata: counts.map((n, k) => [formatNumber(lang, n), ranges[k]]),
        width: (h.edges[1]! - h.edges[0]!) * 0.45,
        name: className,
        legendgroup: cls,
        showlegend: panel === 0,
        marker: { color: ctx.classColors[cls] },
        xaxis: `x${axis}`,
        yaxis: `y${axis}`,
        hovertemplate: `${t('performance.distribution.hover', { cls: className })}<extra>${label}</extra>`,
      })
    }
  })
  return data
}

const MARGIN = { l: 56, r: 20, t: 56, b: 48 }

/** `height` is the chart's height in pixels: it places the legend one line above the titles. */
export function scoreDistributionLayout(
  summaries: readonly PerformanceSummary[],
  threshold: number,
  ctx: FigureContext,
  height = 460,
): object {
  const { t } = ctx
  const rows = Math.max(1, summaries.length)
  const axes = summaries.map((_, k) => (k === 0 ? 'x' : `x${k + 1}`))
  const layout: Record<string, unknown> = {
    grid: { rows, columns: 1, pattern: 'independent', roworder: 'top to bottom', ygap: 0.3 },
    barmode: 'group',
    bargap: 0,
    hovermode: 'closest',
    // a line above the first panel's title (legend y is a share of the plot area's height)
    margin: MARGIN,
    legend: {
      x: 1,
      xanchor: 'right',
      y: 1 + 26 / Math.max(1, height - MARGIN.t - MARGIN.b),
      yanchor: 'bottom',
    },
  }
  const line = thresholdLine(threshold, ctx, axes)
  const titles = summaries.map((s, k) => ({
    xref: `${axes[k]} domain`,
    yref: `${axes[k]!.replace('x', 'y')} domain`,
    x: 0,
    y: 1.02,
    xanchor: 'left',
    yanchor: 'bottom',
    showarrow: false,
    text: `<b>${t('performance.distribution.panel', {
      dataset: datasetLabel(ctx, s.sample.name),
      count: formatNumber(ctx.lang, s.sample.yTrue.length),
    })}</b>`,
  }))
  summaries.forEach((_, k) => {
    const suffix = k === 0 ? '' : String(k + 1)
    const last = k === summaries.length - 1
    layout[`xaxis${suffix}`] = {
      range: [0, 1],
      dtick: 0.1,
      zeroline: false,
      title: last ? { text: t('performance.axis.probability') } : undefined,
    }
    layout[`yaxis${suffix}`] = {
      title: { text: t('performance.axis.classShare') },
      rangemode: 'tozero',
      ticksuffix: '%',
    }
  })
  layout.shapes = line.shapes
  layout.annotations = [...titles, ...line.annotations]
  return layout
}

export function scoreDistributionFigure(
  summaries: readonly PerformanceSummary[],
  threshold: number,
  ctx: FigureContext,
  height = 460,
): PlotFigure {
  return {
    data: scoreDistributionTraces(summaries, ctx),
    layout: scoreDistributionLayout(summaries, threshold, ctx, height),
  }
}
