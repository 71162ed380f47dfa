import type { MessageKey } from '../../i18n/messages-en'
import { datasetLabel, type FigureContext } from './figure-context'
import { THRESHOLD_METRICS, type ThresholdMetricName } from './metrics-by-threshold'
import type { PerformanceSummary } from './performance-summary'
import type { PlotFigure } from './plot-figure'
import { thresholdLine } from './threshold-line'

export const METRIC_LABELS: Record<ThresholdMetricName, MessageKey> = {
  precision: 'metric.precision',
  recall: 'metric.recall',
  f1: 'metric.f1',
  accuracy: 'metric.accuracy',
}

/**
 * Precision, recall, F1 and accuracy against the threshold, one colour per metric, dev solid and
 * prod dashed. The traces depend on the data only; `metricsByThresholdLayout` adds the vertical
 * line at the current threshold, so a slider move changes the layout alone.
 */
export function metricsByThresholdTraces(
  summaries: readonly PerformanceSummary[],
  ctx: FigureContext,
): object[] {
  const { t } = ctx
  const data: object[] = []
  for (const summary of summaries) {
    const name = summary.sample.name
    const label = datasetLabel(ctx, name)
    const grid = summary.byThreshold
    for (const metric of THRESHOLD_METRICS) {
      data.push({
        type: 'scatter',
        mode: 'lines',
        x: grid.thresholds,
        y: grid[metric],
        name: t(METRIC_LABELS[metric]),
        legendgroup: name,
        legendgrouptitle: {
          text: t(name === 'dev' ? 'performance.legend.devSolid' : 'performance.legend.prodDashed'),
        },
        line: {
          color: ctx.metricColors[metric],
          width: 2,
          dash: name === 'dev' ? 'solid' : 'dash',
        },
        hovertemplate: `%{y:.3f}<extra>${t(METRIC_LABELS[metric])} · ${label}</extra>`,
      })
    }
  }
  return data
}

export function metricsByThresholdLayout(threshold: number, ctx: FigureContext): object {
  const { t } = ctx
  return {
    xaxis: { title: { text: t('performance.axis.threshold') }, range: [0, 1], zeroline: false },
    yaxis: { title: { text: t('performance.axis.metric') }, range: [-0.02, 1.02], zeroline: false },
    hovermode: 'x unified',
    legend: { groupclick: 'toggleitem' },
    ...thresholdLine(threshold, ctx, ['x']),
  }
}

export function metricsByThresholdFigure(
  summaries: readonly PerformanceSummary[],
  threshold: number,
  ctx: FigureContext,
): PlotFigure {
  return {
    data: metricsByThresholdTraces(summaries, ctx),
    layout: metricsByThresholdLayout(threshold, ctx),
  }
}
