import { runLabels } from './compare-runs'
import type { PlotFigure } from './plot-figure'
import type { RunRecord } from '../../site-data/runs/runs-snapshot-types'
import { plotText } from '../plot-text'

export interface MetricComparisonFigure extends PlotFigure {
  /** names of compared runs left out: no value, NaN or infinite */
  missing: string[]
}

/**
 * One metric across the compared runs as a bar chart (one bar per run, in the given order, the
 * value written on the bar); runs without a finite value are left out and named in `missing`.
 */
export function metricComparisonFigure(
  runs: readonly RunRecord[],
  metric: string,
  format: (value: number) => string,
): MetricComparisonFigure {
  const labels = runLabels(runs)
  const x: string[] = []
  const y: number[] = []
  const ids: string[] = []
  const missing: string[] = []
  runs.forEach((run, i) => {
    const value = run.metrics[metric]
    const label = labels[i] ?? run.id
    if (value === undefined || !Number.isFinite(value)) missing.push(label)
    else {
      x.push(plotText(label))
      y.push(value)
      ids.push(run.id)
    }
  })
  return {
    missing,
    data: [
      {
        type: 'bar',
        x,
        y,
        customdata: ids,
        text: y.map(format),
        textposition: 'outside',
        cliponaxis: false,
        hovertemplate: `%{x}<br>${plotText(metric)} %{text}<extra></extra>`,
      },
    ],
    layout: {
      showlegend: false,
      // a few runs: narrow bars rather than slabs
      bargap: x.length <= 3 ? 0.6 : 0.3,
      margin: { t: 20, r: 10, b: 80, l: 60 },
      xaxis: { type: 'category', automargin: true },
      yaxis: {
        title: { text: plotText(metric) },
        rangemode: y.every((v) => v >= 0) ? 'tozero' : 'normal',
      },
    },
  }
}
