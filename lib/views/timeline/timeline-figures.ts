import { formatNumber, formatPercent } from '../../i18n/format-number'
import type { ChunkResult } from '../../monitoring/chunk-report'
import type { FigureContext } from '../performance/figure-context'
import type { PlotFigure } from '../performance/plot-figure'
import { plotText } from '../plot-text'

/** A chunk's key (a season value from the user's file, a month) as literal Plotly text. */
const chunkLabel = (c: { key: string }) => plotText(c.key)

/** The metrics the timeline draws, realised and estimated, with their catalogue keys. */
export const TIMELINE_METRICS = [
  { name: 'f1_score', label: 'metric.f1' },
  { name: 'accuracy', label: 'metric.accuracy' },
  { name: 'roc_auc', label: 'metric.rocAuc' },
] as const

export type TimelineMetric = (typeof TIMELINE_METRICS)[number]['name']

const ALERT_COLOR = '#dc2626'
// above the plot: below, it collides with the slanted chunk labels
const LEGEND = { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' }

/** "too few shots" written upright over each chunk that has no value of a figure. */
function missingMarks(
  chunks: readonly ChunkResult[],
  missing: (c: ChunkResult) => boolean,
  text: string,
) {
  // on a long timeline (months) they would cover the plot: the table says why instead
  if (chunks.length > 30) return []
  return chunks.filter(missing).map((c) => ({
    xref: 'x',
    yref: 'y domain',
    x: chunkLabel(c),
    y: 0.5,
    text,
    textangle: -90,
    showarrow: false,
    font: { size: 10, color: '#64748b' },
  }))
}

/** A horizontal dotted line across the plot at `y`, labelled at the right end. */
function limitLine(y: number, text: string, ctx: FigureContext) {
  return {
    shapes: [
      {
        type: 'line',
        xref: 'x domain',
        yref: 'y',
        x0: 0,
        x1: 1,
        y0: y,
        y1: y,
        line: { color: ALERT_COLOR, width: 1.5, dash: 'dot' },
      },
    ],
    annotations: [
      {
        xref: 'x domain',
        yref: 'y',
        x: 1,
        y,
        xanchor: 'right',
        yanchor: 'bottom',
        showarrow: false,
        text,
        font: { size: 11, color: ALERT_COLOR },
        bgcolor: ctx.backgroundColor,
      },
    ],
  }
}

const categoryAxis = (chunks: readonly ChunkResult[]) => ({
  type: 'category',
  categoryorder: 'array',
  categoryarray: chunks.map(chunkLabel),
  tickangle: chunks.length > 12 ? -45 : 0,
  automargin: true,
})

/** Rows per chunk (bars) and the labelled share (line, right axis). */
export function rowsFigure(chunks: readonly ChunkResult[], ctx: FigureContext): PlotFigure {
  const { t } = ctx
  const x = chunks.map(chunkLabel)
  return {
    data: [
      {
        type: 'bar',
        x,
        y: chunks.map((c) => c.rows),
        name: t('timeline.rows'),
        marker: { color: ctx.datasetColors.prod },
        hovertemplate: `%{x}: %{y}<extra>${t('timeline.rows')}</extra>`,
      },
      {
        type: 'scatter',
        mode: 'lines+markers',
        x,
        y: chunks.map((c) => c.labelled_share),
        name: t('timeline.labelledShare'),
        yaxis: 'y2',
        line: { color: ctx.metricColors.f1, width: 2 },
        hovertemplate: `%{x}: %{y:.1%}<extra>${t('timeline.labelledShare')}</extra>`,
      },
    ],
    layout: {
      xaxis: categoryAxis(chunks),
      yaxis: { title: { text: t('timeline.rows') }, rangemode: 'tozero' },
      yaxis2: {
        title: { text: t('timeline.labelledShare') },
        overlaying: 'y',
        side: 'right',
        range: [0, 1.02],
        tickformat: '.0%',
      },
      legend: LEGEND,
    },
  }
}

/**
 * One metric per chunk: realised on the labelled rows (solid), the label-free estimate
 * (dashed, with its interval as error bars), the alert limit when the metric is the reactive
 * one, and chunks beyond it marked with a red cross.
 */
export function metricFigure(
  chunks: readonly ChunkResult[],
  metric: TimelineMetric,
  label: string,
  ctx: FigureContext,
  trusted = true,
): PlotFigure {
  const { t, lang } = ctx
  const x = chunks.map(chunkLabel)
  const realised = chunks.map((c) => c.realised.values[metric] ?? null)
  const estimated = chunks.map((c) => c.estimated.values[metric] ?? null)
  const interval = chunks.map((c) => c.estimated.interval[metric] ?? null)
  const alerting = chunks.filter((c) => c.alerts?.metric === metric && c.alerts.realised === true)
  const limit = chunks.find((c) => c.alerts?.metric === metric)?.alerts?.limit ?? null
  // every chunk too small: nothing to draw, and the chart says so (the table says why)
  if (realised.every((v) => v === null) && estimated.every((v) => v === null)) {
    return { data: [], layout: {} }
  }
  const data: object[] = [
    {
      type: 'scatter',
      mode: 'lines+markers',
      x,
      y: realised,
      name: t('timeline.realised'),
      line: { color: ctx.datasetColors.prod, width: 2 },
      connectgaps: false,
      hovertemplate: `%{x}: %{y:.3f}<extra>${label} · ${t('timeline.realised')}</extra>`,
    },
    {
      type: 'scatter',
      mode: 'lines+markers',
      x,
      y: estimated,
      name: trusted
        ? t('timeline.estimated')
        : `${t('timeline.estimated')}: ${t('timeline.untrusted')}`,
      line: { color: ctx.datasetColors.dev, width: 1.5, dash: 'dash' },
      marker: { symbol: 'diamond-open', size: 7 },
      error_y: {
        type: 'data',
        symmetric: false,
        array: interval.map((iv, i) => (iv && estimated[i] !== null ? iv[1] - estimated[i]! : 0)),
        arrayminus: interval.map((iv, i) =>
          iv && estimated[i] !== null ? estimated[i]! - iv[0] : 0,
        ),
        color: ctx.datasetColors.dev,
        thickness: 1,
        width: 2,
      },
      hovertemplate: `%{x}: %{y:.3f}<extra>${label} · ${t('timeline.estimated')}</extra>`,
    },
  ]
  if (alerting.length > 0) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      x: alerting.map(chunkLabel),
      y: alerting.map((c) => c.realised.values[metric] ?? null),
      name: t('timeline.alerting'),
      marker: { symbol: 'x', size: 11, color: ALERT_COLOR, line: { width: 1 } },
      hovertemplate: `%{x}: %{y:.3f}<extra>${t('timeline.alerting')}</extra>`,
    })
  }
  const line =
    limit === null
      ? { shapes: [], annotations: [] }
      : limitLine(
          limit,
          t('timeline.limit', { limit: formatNumber(lang, limit, { maximumFractionDigits: 3 }) }),
          ctx,
        )
  return {
    data,
    layout: {
      xaxis: categoryAxis(chunks),
      yaxis: { title: { text: label }, range: [-0.02, 1.02] },
      legend: LEGEND,
      shapes: line.shapes,
      annotations: [
        ...line.annotations,
        ...missingMarks(
          chunks,
          (c) => c.realised.values[metric] == null && c.estimated.values[metric] == null,
          t('timeline.tooSmall'),
        ),
      ],
    },
  }
}

/** Dataset drift share per chunk, the drift-share rule drawn, drifting chunks marked. */
export function datasetDriftFigure(
  chunks: readonly ChunkResult[],
  driftShare: number,
  ctx: FigureContext,
): PlotFigure {
  const { t, lang } = ctx
  const x = chunks.map(chunkLabel)
  const share = chunks.map((c) => c.dataset_drift?.share ?? null)
  const rule = limitLine(
    driftShare,
    t('timeline.driftRule', { share: formatPercent(lang, driftShare, 0) }),
    ctx,
  )
  return {
    data: [
      {
        type: 'bar',
        x,
        y: share,
        name: t('timeline.driftShare'),
        marker: {
          color: chunks.map((c) => (c.dataset_drift?.drift ? ALERT_COLOR : ctx.referenceColor)),
        },
        hovertemplate: `%{x}: %{y:.0%}<extra>${t('timeline.driftShare')}</extra>`,
      },
    ],
    layout: {
      xaxis: categoryAxis(chunks),
      yaxis: { title: { text: t('timeline.driftShare') }, range: [0, 1.02], tickformat: '.0%' },
      showlegend: false,
      shapes: rule.shapes,
      annotations: [
        ...rule.annotations,
        ...missingMarks(chunks, (c) => c.dataset_drift === null, t('timeline.tooSmall')),
      ],
    },
  }
}

/**
 * Per-feature drift per chunk as a heatmap: colour = statistic ÷ its threshold (above 1 the
 * feature drifted), the statistic written in each cell; empty cells are chunks too small.
 */
export function featureDriftFigure(chunks: readonly ChunkResult[], ctx: FigureContext): PlotFigure {
  const { t, lang } = ctx
  const names = [...new Set(chunks.flatMap((c) => c.features.map((f) => f.name)))]
  const cell = (c: ChunkResult, name: string) => c.features.find((f) => f.name === name) ?? null
  const z = names.map((n) =>
    chunks.map((c) => {
      const f = cell(c, n)
      return f && f.threshold > 0 ? Math.min(f.statistic / f.threshold, 10) : null
    }),
  )
  const text = names.map((n) =>
    chunks.map((c) => {
      const f = cell(c, n)
      return f
        ? `${formatNumber(lang, f.statistic, { maximumFractionDigits: 2 })}${f.drift ? ' ●' : ''}`
        : ''
    }),
  )
  return {
    data: [
      {
        type: 'heatmap',
        x: chunks.map(chunkLabel),
        y: names.map(plotText),
        z,
        text,
        texttemplate: chunks.length <= 30 ? '%{text}' : '',
        hovertemplate: `%{y} · %{x}: %{text}<extra>${t('timeline.statisticOverThreshold')} %{z:.2f}</extra>`,
        zmin: 0,
        zmax: 2,
        colorscale: [
          [0, '#e2e8f0'],
          [0.5, '#fde68a'],
          [0.5001, '#f97316'],
          [1, ALERT_COLOR],
        ],
        colorbar: { title: { text: t('timeline.statisticOverThreshold') } },
        xgap: 1,
        ygap: 1,
      },
    ],
    layout: { xaxis: categoryAxis(chunks), yaxis: { automargin: true } },
  }
}
