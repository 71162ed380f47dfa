import type { PlotFigure } from './plot-figure'
import type { MetricSeries } from '../../site-data/runs/runs-snapshot-types'
import { plotText } from '../plot-text'

export interface MetricHistoryLabels {
  /** y axis: the metric's name */
  metric: string
  /** x axis when the history has several steps */
  step: string
  /** x axis when every point has the same step (then drawn against time) */
  time: string
}

export interface MetricHistoryFigure extends PlotFigure {
  /** 'step' or 'time': what the x axis shows */
  xAxis: 'step' | 'time'
  /** points left out because their value is NaN or infinite */
  nonFinite: number
}

/**
 * A metric's history as a line chart, like MLflow's: value against step, or against time when
 * every point was logged at the same step. NaN and ±Infinity values are gaps in the line.
 */
export function metricHistoryFigure(
  series: MetricSeries,
  labels: MetricHistoryLabels,
): MetricHistoryFigure {
  const byStep = new Set(series.step).size > 1
  const x = byStep ? series.step : series.timestamp.map((ms) => new Date(ms).toISOString())
  let nonFinite = 0
  const y = series.value.map((v) => {
    if (Number.isFinite(v)) return v
    nonFinite += 1
    return null
  })
  return {
    xAxis: byStep ? 'step' : 'time',
    nonFinite,
    data:
      nonFinite === y.length
        ? [{ type: 'scatter', x: [], y: [] }]
        : [
            {
              type: 'scatter',
              mode: series.value.length <= 50 ? 'lines+markers' : 'lines',
              name: plotText(labels.metric),
              x,
              y,
              connectgaps: false,
              hovertemplate: `${byStep ? labels.step : labels.time} %{x}<br>${plotText(labels.metric)} %{y}<extra></extra>`,
            },
          ],
    layout: {
      showlegend: false,
      margin: { t: 10, r: 10, b: 50, l: 60 },
      xaxis: {
        title: { text: byStep ? labels.step : labels.time },
        type: byStep ? 'linear' : 'date',
      },
      yaxis: { title: { text: plotText(labels.metric) } },
    },
  }
}
