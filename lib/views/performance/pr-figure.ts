import { curvePoints, pickPoints } from './curve-points'
import { datasetLabel, formatMetric, type FigureContext } from './figure-context'
import { operatingPointShape } from './operating-point-shape'
import type { PerformanceSummary } from './performance-summary'
import type { PlotFigure } from './plot-figure'
import type { DatasetThresholdMetrics } from './threshold-points'
import { withThresholdTexts } from './threshold-texts'

/**
 * Per dataset, the precision-recall curve (steps, as scikit-learn draws it) with its average
 * precision, and its base rate (the precision of guessing) dashed: threshold-free.
 */
export function prCurveTraces(
  summaries: readonly PerformanceSummary[],
  ctx: FigureContext,
): object[] {
  const { t } = ctx
  return summaries.flatMap((summary) => {
    const name = summary.sample.name
    const label = datasetLabel(ctx, name)
    const color = ctx.datasetColors[name]
    // the last point (recall 0, precision 1) has no threshold: above every score (∞ reads so)
    const { recall, precision } = summary.pr
    const keep = curvePoints(recall, precision)
    const { thresholds } = summary.pr
    // the hover texts are formatted when first read (a hover, or Plotly drawing the trace)
    const shownThresholds = () => {
      const shown = keep ?? Uint32Array.from({ length: recall.length }, (_, i) => i)
      return Array.from(shown, (i) => (i < thresholds.length ? thresholds[i]! : Infinity))
    }
    const baseRate = t('performance.legend.baseRate', {
      dataset: label,
      value: formatMetric(ctx, summary.baseRate),
    })
    return [
      withThresholdTexts(
        {
          type: 'scatter',
          mode: 'lines',
          x: pickPoints(recall, keep),
          y: pickPoints(precision, keep),
          name: t('performance.legend.ap', {
            dataset: label,
            value: formatMetric(ctx, summary.averagePrecision),
          }),
          // on screen the legend says the dataset and the chart's description its AP
          legendName: label,
          legendgroup: name,
          line: { color, width: 2.5, shape: 'hv' },
          hovertemplate: `${t('metric.recall')} %{x:.3f}<br>${t('metric.precision')} %{y:.3f}<br>${t('performance.hover.threshold')} %{text}<extra>${label}</extra>`,
        },
        shownThresholds,
        ctx,
      ),
      {
        type: 'scatter',
        mode: 'lines',
        x: [0, 1],
        y: [summary.baseRate, summary.baseRate],
        name: baseRate,
        legendName: t('performance.legend.baseRateLine', { dataset: label }),
        legendgroup: name,
        line: { color, width: 1.5, dash: 'dash' },
        hovertemplate: `${baseRate}<extra></extra>`,
      },
    ]
  })
}

/** The axes and hover mode: threshold-free, so a slider move leaves it as it is. */
export function prAxesLayout(ctx: FigureContext): object {
  const { t } = ctx
  return {
    xaxis: { title: { text: t('metric.recall') }, range: [-0.02, 1.02], zeroline: false },
    yaxis: { title: { text: t('metric.precision') }, range: [-0.02, 1.05], zeroline: false },
    hovermode: 'closest',
  }
}

/**
 * A dot per dataset at the threshold's (recall, precision), as layout shapes, left out when the
 * threshold predicts no made shot (precision is then undefined).
 */
export function prPointShapes(atThreshold: DatasetThresholdMetrics, ctx: FigureContext): object[] {
  return (['dev', 'prod'] as const).flatMap((name) => {
    const point = atThreshold[name]
    return point && point.predictedPositive > 0
      ? [operatingPointShape(name, point.recall, point.precision, ctx)]
      : []
  })
}

/** The layout with the threshold's dots among its shapes. */
export function prLayout(atThreshold: DatasetThresholdMetrics, ctx: FigureContext): object {
  return { ...prAxesLayout(ctx), shapes: prPointShapes(atThreshold, ctx) }
}

/** Dev and prod precision-recall curves with AP, base rates and the threshold's dots. */
export function prFigure(
  summaries: readonly PerformanceSummary[],
  atThreshold: DatasetThresholdMetrics,
  ctx: FigureContext,
): PlotFigure {
  return { data: prCurveTraces(summaries, ctx), layout: prLayout(atThreshold, ctx) }
}
