import { curvePoints, pickPoints } from './curve-points'
import { datasetLabel, formatMetric, type FigureContext } from './figure-context'
import { operatingPointShape } from './operating-point-shape'
import type { PerformanceSummary } from './performance-summary'
import type { PlotFigure } from './plot-figure'
import type { DatasetThresholdMetrics } from './threshold-points'
import { withThresholdTexts } from './threshold-texts'

const UNIT_RANGE = [-0.02, 1.02]

/** The chance diagonal and one ROC curve per dataset, AUC in the legend: threshold-free. */
export function rocCurveTraces(
  summaries: readonly PerformanceSummary[],
  ctx: FigureContext,
): object[] {
  return [rocChanceTrace(ctx), ...rocCurves(summaries, ctx)]
}

/** The chance diagonal: the same for every filter. */
export function rocChanceTrace(ctx: FigureContext): object {
  return {
    type: 'scatter',
    mode: 'lines',
    x: [0, 1],
    y: [0, 1],
    name: ctx.t('performance.roc.chance'),
    line: { color: ctx.referenceColor, dash: 'dot', width: 1.5 },
    hoverinfo: 'skip',
  }
}

/**
 * One ROC curve per dataset, AUC in its name (the PNG's legend; on screen the description,
 * `curveNames`): what a filter change replaces.
 */
export function rocCurves(summaries: readonly PerformanceSummary[], ctx: FigureContext): object[] {
  const { t } = ctx
  const hover = `${t('performance.hover.fpr')} %{x:.3f}<br>${t('performance.hover.tpr')} %{y:.3f}`
  return summaries.map((summary) => {
    const name = summary.sample.name
    const label = datasetLabel(ctx, name)
    const { fpr, tpr, thresholds } = summary.roc
    const keep = curvePoints(fpr, tpr)
    const trace = {
      type: 'scatter',
      mode: 'lines',
      x: pickPoints(fpr, keep),
      y: pickPoints(tpr, keep),
      name: t('performance.legend.auc', {
        dataset: label,
        value: formatMetric(ctx, summary.auc),
      }),
      // on screen the legend says the dataset and the chart's description its AUC
      legendName: label,
      legendgroup: name,
      line: { color: ctx.datasetColors[name], width: 2.5 },
      hovertemplate: `${hover}<br>${t('performance.hover.threshold')} %{text}<extra>${label}</extra>`,
    }
    // the hover texts are formatted when first read (a hover, or Plotly drawing the trace)
    return withThresholdTexts(trace, () => pickPoints(thresholds, keep), ctx)
  })
}

/** The axes and hover mode: threshold-free, so a slider move leaves it as it is. */
export function rocAxesLayout(ctx: FigureContext): object {
  const { t } = ctx
  return {
    xaxis: { title: { text: t('performance.axis.fpr') }, range: UNIT_RANGE, zeroline: false },
    yaxis: { title: { text: t('performance.axis.tpr') }, range: UNIT_RANGE, zeroline: false },
    hovermode: 'closest',
  }
}

/** A dot per dataset at the threshold's (FPR, TPR), as layout shapes: what a slider move changes. */
export function rocPointShapes(atThreshold: DatasetThresholdMetrics, ctx: FigureContext): object[] {
  return (['dev', 'prod'] as const).flatMap((name) => {
    const point = atThreshold[name]
    return point ? [operatingPointShape(name, point.fpr, point.recall, ctx)] : []
  })
}

/** The layout with the threshold's dots among its shapes. */
export function rocLayout(atThreshold: DatasetThresholdMetrics, ctx: FigureContext): object {
  return { ...rocAxesLayout(ctx), shapes: rocPointShapes(atThreshold, ctx) }
}

/**
 * Dev and prod ROC curves on one chart, AUC in the legend, the chance diagonal, and a dot per
 * dataset at the current threshold, which moves with the slider.
 */
export function rocFigure(
  summaries: readonly PerformanceSummary[],
  atThreshold: DatasetThresholdMetrics,
  ctx: FigureContext,
): PlotFigure {
  return { data: rocCurveTraces(summaries, ctx), layout: rocLayout(atThreshold, ctx) }
}
