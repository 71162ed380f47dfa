import type { PlotHistogram } from '../../drift/histogram-for-plot'
import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import { verticalBand, verticalLine, type DatasetNames, type DriftFigure } from './drift-figure'

export interface HistogramFigureOptions {
  xTitle: string
  yTitle: string
  names: DatasetNames
  lang: Lang
  /** bins of whole values (edges at half-integers): hover shows "22" or "22–23" */
  integerBins?: boolean
  /** vertical reference lines, e.g. the decision threshold */
  lines?: { x: number; label: string; dash?: 'dash' | 'dot' | 'solid'; align?: 'left' | 'right' }[]
  /** a shaded range, e.g. the dev central 99 % range */
  band?: { x0: number; x1: number; label: string } | null
  /** x range to show at least (so a threshold outside the data still appears) */
  include?: number[]
}

function binLabels(edges: number[], integer: boolean, lang: Lang): string[] {
  const fmt = (v: number) => formatNumber(lang, v, { maximumFractionDigits: integer ? 0 : 4 })
  return edges.slice(0, -1).map((lo, i) => {
    const hi = edges[i + 1]!
    if (!integer) return `${fmt(lo)} – ${fmt(hi)}`
    const first = Math.ceil(lo) + 0 // + 0 turns -0 into 0
    const last = Math.floor(hi)
    return first === last ? fmt(first) : `${fmt(first)} – ${fmt(last)}`
  })
}

/**
 * Overlaid dev and prod histograms on shared bins, as the share of each dataset's shots per bin
 * (%), so samples of different sizes compare: filled steps, dev first (the theme's first colour).
 */
export function histogramFigure(
  histogram: PlotHistogram,
  options: HistogramFigureOptions,
): DriftFigure {
  const { edges } = histogram
  const widths = edges.slice(0, -1).map((lo, i) => edges[i + 1]! - lo)
  const labels = binLabels(edges, options.integerBins ?? false, options.lang)
  // a step outline over a half-transparent fill (plotly's default fillcolor): where dev and prod
  // overlap both outlines stay readable, unlike two overlaid opaque bar series
  const trace = (name: string, density: number[]) => {
    const shares = density.map((d, i) => d * widths[i]! * 100)
    return {
      type: 'scatter',
      mode: 'lines',
      name,
      x: edges,
      // one point per left edge; the right edge repeats the last bin so the step closes
      y: [...shares, shares[shares.length - 1] ?? 0],
      line: { shape: 'hv', width: 1.5 },
      fill: 'tozeroy',
      customdata: [...labels, labels[labels.length - 1] ?? ''],
      hovertemplate: `${name}<br>%{customdata}: %{y:.1f}%<extra></extra>`,
    }
  }
  const lines = (options.lines ?? []).map((line) =>
    verticalLine(line.x, line.label, { dash: line.dash, align: line.align }),
  )
  if (options.band)
    lines.unshift(verticalBand(options.band.x0, options.band.x1, options.band.label))
  const xs = [edges[0]!, edges[edges.length - 1]!, ...(options.include ?? [])]
  const lo = Math.min(...xs)
  const hi = Math.max(...xs)
  const pad = (hi - lo) * 0.03 || 0.5
  return {
    data: [
      trace(options.names.dev, histogram.reference),
      trace(options.names.prod, histogram.current),
    ],
    layout: {
      hovermode: 'x unified',
      xaxis: { title: { text: options.xTitle }, range: [lo - pad, hi + pad], showgrid: false },
      yaxis: { title: { text: options.yTitle }, rangemode: 'tozero', ticksuffix: '%' },
      shapes: lines.map((line) => line.shape),
      annotations: lines.map((line) => line.annotation),
      margin: { t: 36 },
    },
  }
}
