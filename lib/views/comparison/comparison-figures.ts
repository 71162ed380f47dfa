import type { DatasetName } from '../../site-data/predictions/snapshot-types'
import { datasetLabel, formatMetric, type FigureContext } from '../performance/figure-context'
import { curvePoints, pickPoints } from '../performance/curve-points'
import type { PlotFigure } from '../performance/plot-figure'
import { rocChanceTrace } from '../performance/roc-figure'
import { plotText } from '../plot-text'
import type { ComparedSide } from './compared-performance'

const UNIT_RANGE = [-0.02, 1.02]

/** One colour per compared model, in order (colour-blind-safe, legible on light and dark). */
export const MODEL_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9']

export function modelColor(index: number): string {
  return MODEL_COLORS[index % MODEL_COLORS.length]!
}

const DASH: Record<DatasetName, string> = { prod: 'solid', dev: 'dash' }

function legend(side: ComparedSide, value: number, ctx: FigureContext): string {
  return ctx.t('comparison.legend', {
    model: plotText(side.model.name),
    dataset: datasetLabel(ctx, side.dataset),
    value: formatMetric(ctx, value),
  })
}

/** A curve's x and y for Plotly, thinned above MAX_CURVE_POINTS (curve-points.ts). */
function curveXY(x: Float64Array, y: Float64Array): { x: number[]; y: number[] } {
  const keep = curvePoints(x, y)
  return { x: pickPoints(x, keep), y: pickPoints(y, keep) }
}

/** ROC curves: one per model (colour) and dataset (solid prod, dashed dev), AUC in the legend. */
export function comparisonRocFigure(
  sides: readonly { side: ComparedSide; color: string }[],
  ctx: FigureContext,
): PlotFigure {
  return {
    data: [
      rocChanceTrace(ctx),
      ...sides.map(({ side, color }) => ({
        type: 'scatter',
        mode: 'lines',
        ...curveXY(side.roc.fpr, side.roc.tpr),
        name: legend(side, side.roc_auc, ctx),
        line: { color, dash: DASH[side.dataset], width: 2.5 },
        hovertemplate: `${ctx.t('performance.hover.fpr')} %{x:.3f}<br>${ctx.t('performance.hover.tpr')} %{y:.3f}<extra>${plotText(side.model.name)}</extra>`,
      })),
    ],
    layout: {
      xaxis: { title: { text: ctx.t('performance.axis.fpr') }, range: UNIT_RANGE, zeroline: false },
      yaxis: { title: { text: ctx.t('performance.axis.tpr') }, range: UNIT_RANGE, zeroline: false },
      hovermode: 'closest',
      legend: { orientation: 'h', x: 0, y: -0.18, yanchor: 'top' },
      margin: { b: 150 },
    },
  }
}

/** Precision–recall curves per model and dataset, average precision in the legend. */
export function comparisonPrFigure(
  sides: readonly { side: ComparedSide; color: string }[],
  ctx: FigureContext,
): PlotFigure {
  return {
    data: sides.map(({ side, color }) => ({
      type: 'scatter',
      mode: 'lines',
      ...curveXY(side.pr.recall, side.pr.precision),
      name: legend(side, side.average_precision, ctx),
      line: { color, dash: DASH[side.dataset], width: 2.5, shape: 'hv' },
      hovertemplate: `${ctx.t('metric.recall')} %{x:.3f}<br>${ctx.t('metric.precision')} %{y:.3f}<extra>${plotText(side.model.name)}</extra>`,
    })),
    layout: {
      xaxis: { title: { text: ctx.t('metric.recall') }, range: UNIT_RANGE, zeroline: false },
      yaxis: { title: { text: ctx.t('metric.precision') }, range: UNIT_RANGE, zeroline: false },
      hovermode: 'closest',
      legend: { orientation: 'h', x: 0, y: -0.18, yanchor: 'top' },
      margin: { b: 150 },
    },
  }
}
