import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { Translate } from '../../i18n/translate'
import type { PlotFigure } from '../performance/plot-figure'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import type { SweepCurve } from './sweep-curves'
import { plotText } from '../plot-text'

export interface SweepFigureContext {
  t: Translate
  lang: Lang
  /** the feature's label and unit in the page's language, e.g. "Shot distance", "ft" */
  label: string
  unit: string
  /** tick labels for coded inputs (period → Q1…OT3, playoffs → regular season / playoffs) */
  ticks?: { values: number[]; labels: string[] }
  colors: { line: string; current: string; reference: string; train: string }
}

/** The y range: the curve and the threshold, padded, inside [0, 1]. */
function yRange(p: Float64Array, current: number, threshold: number): [number, number] {
  let lo = Math.min(threshold, current)
  let hi = Math.max(threshold, current)
  for (const v of p) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  const pad = Math.max(0.02, (hi - lo) * 0.08)
  return [Math.max(0, lo - pad), Math.min(1, hi + pad)]
}

/**
 * P(made) against one input (a `SweepCurve`): the curve, the form's point, the decision
 * threshold as a dotted line and the dev (training) range shaded, so where the model
 * extrapolates shows at a glance. Pure data for components/plot.
 */
export function sweepFigure(
  curve: SweepCurve,
  spec: FeatureSpec,
  threshold: number,
  ctx: SweepFigureContext,
): PlotFigure {
  const { t, lang, colors } = ctx
  const axisTitle = plotText(ctx.unit ? `${ctx.label} (${ctx.unit})` : ctx.label)
  const decimals = spec.integer ? 0 : Math.max(0, -Math.floor(Math.log10(spec.step) + 1e-9))
  const xText = (v: number) =>
    formatNumber(lang, v, { maximumFractionDigits: decimals, useGrouping: false })
  const pText = (v: number) =>
    formatNumber(lang, v, { minimumFractionDigits: 3, maximumFractionDigits: 3 })
  const pName = t('whatIf.curve.probability')
  // two values (a flag): points only, a line between them would mean nothing
  const mode = curve.x.length <= 2 ? 'markers' : curve.x.length <= 20 ? 'lines+markers' : 'lines'
  const data: object[] = [
    {
      type: 'scatter',
      mode,
      x: Array.from(curve.x),
      y: Array.from(curve.p),
      name: pName,
      line: { color: colors.line, width: 2 },
      marker: { size: curve.x.length <= 2 ? 9 : 6 },
      text: Array.from(
        curve.x,
        (v, i) => `${axisTitle}: ${xText(v)}<br>${pName}: ${pText(curve.p[i]!)}`,
      ),
      hoverinfo: 'text',
      showlegend: false,
    },
    {
      type: 'scatter',
      mode: 'markers',
      x: [curve.current.x],
      y: [curve.current.p],
      name: t('whatIf.curve.current'),
      marker: { size: 11, color: colors.current, line: { width: 2, color: colors.line } },
      text: [
        `${t('whatIf.curve.current')}<br>${axisTitle}: ${xText(curve.current.x)}<br>${pName}: ${pText(curve.current.p)}`,
      ],
      hoverinfo: 'text',
      showlegend: false,
    },
  ]
  const shapes: object[] = [
    {
      type: 'line',
      xref: 'paper',
      x0: 0,
      x1: 1,
      y0: threshold,
      y1: threshold,
      line: { color: colors.reference, width: 1, dash: 'dot' },
    },
    {
      type: 'line',
      yref: 'paper',
      x0: curve.current.x,
      x1: curve.current.x,
      y0: 0,
      y1: 1,
      line: { color: colors.current, width: 1, dash: 'dash' },
    },
  ]
  const annotations: object[] = [
    {
      xref: 'paper',
      x: 1,
      y: threshold,
      xanchor: 'right',
      yanchor: 'bottom',
      showarrow: false,
      text: t('whatIf.curve.threshold', {
        value: formatNumber(lang, threshold, {
          minimumFractionDigits: 2,
          maximumFractionDigits: 4,
        }),
      }),
      font: { size: 10, color: colors.reference },
    },
  ]
  const train = spec.train
  const span = spec.max - spec.min
  if (train && span > 0 && (train.min > spec.min || train.max < spec.max)) {
    const pad = spec.integer ? 0.5 : 0
    shapes.unshift({
      type: 'rect',
      yref: 'paper',
      x0: train.min - pad,
      x1: train.max + pad,
      y0: 0,
      y1: 1,
      fillcolor: colors.train,
      line: { width: 0 },
      layer: 'below',
    })
    // the label sits inside the shaded band, on the side with more room
    const middle = (train.min + train.max) / 2
    const side = (middle - spec.min) / span
    annotations.push({
      yref: 'paper',
      x: side > 0.7 ? train.max + pad : side < 0.3 ? train.min - pad : middle,
      xanchor: side > 0.7 ? 'right' : side < 0.3 ? 'left' : 'center',
      y: 1,
      yanchor: 'bottom',
      showarrow: false,
      text: t('whatIf.curve.trainRange'),
      font: { size: 10, color: colors.reference },
    })
  }
  const pad = spec.integer ? 0.5 : 0
  return {
    data,
    layout: {
      margin: { t: 22, r: 12, b: 44, l: 52 },
      hovermode: 'closest',
      xaxis: {
        title: { text: axisTitle },
        range: [spec.min - pad, spec.max + pad],
        zeroline: false,
        ...(ctx.ticks
          ? { tickmode: 'array', tickvals: ctx.ticks.values, ticktext: ctx.ticks.labels }
          : {}),
      },
      yaxis: {
        title: { text: pName },
        range: yRange(curve.p, curve.current.p, threshold),
        tickformat: '.2f',
        zeroline: false,
      },
      shapes,
      annotations,
    },
  }
}
