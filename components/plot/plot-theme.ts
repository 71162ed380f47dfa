import type { Lang } from '@/lib/i18n/lang'
import type { Theme } from '@/components/shell/theme'

/** Colours shared by charts and the court so a dataset looks the same everywhere. */
export const PLOT_PALETTE = {
  light: {
    text: '#1e293b',
    muted: '#64748b',
    grid: '#e2e8f0',
    axis: '#94a3b8',
    background: '#ffffff',
    hover: '#ffffff',
    colorway: [
      '#2563eb',
      '#ea580c',
      '#16a34a',
      '#dc2626',
      '#9333ea',
      '#0891b2',
      '#ca8a04',
      '#db2777',
    ],
  },
  dark: {
    text: '#e2e8f0',
    muted: '#94a3b8',
    grid: '#334155',
    axis: '#64748b',
    background: '#0f172a',
    hover: '#1e293b',
    colorway: [
      '#60a5fa',
      '#fb923c',
      '#4ade80',
      '#f87171',
      '#c084fc',
      '#22d3ee',
      '#facc15',
      '#f472b6',
    ],
  },
} as const

/** dev blue, prod orange: the first two colours of the colorway */
export function datasetColor(theme: Theme, dataset: 'dev' | 'prod'): string {
  return PLOT_PALETTE[theme].colorway[dataset === 'dev' ? 0 : 1]
}

export const PLOT_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

function axisDefaults(palette: (typeof PLOT_PALETTE)[Theme]) {
  return {
    gridcolor: palette.grid,
    zerolinecolor: palette.axis,
    linecolor: palette.axis,
    tickcolor: palette.axis,
    automargin: true,
    title: { standoff: 10 },
  }
}

function plotTemplate(palette: (typeof PLOT_PALETTE)[Theme]) {
  return {
    layout: {
      font: { family: PLOT_FONT, size: 12, color: palette.text },
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      colorway: palette.colorway,
      margin: { l: 56, r: 20, t: 16, b: 48, pad: 0 },
      xaxis: axisDefaults(palette),
      yaxis: axisDefaults(palette),
      // one row above the plot: keeps the full width for the data, also on phones
      legend: {
        bgcolor: 'rgba(0,0,0,0)',
        font: { color: palette.text },
        orientation: 'h',
        x: 0,
        xanchor: 'left',
        y: 1.02,
        yanchor: 'bottom',
      },
      hoverlabel: {
        bgcolor: palette.hover,
        bordercolor: palette.axis,
        font: { family: PLOT_FONT, color: palette.text },
      },
      colorscale: { sequential: 'Viridis' },
    },
    // the court's hexagons use viridis too (lib/court/sequential-color.ts)
    data: { heatmap: [{ colorscale: 'Viridis' }], histogram2d: [{ colorscale: 'Viridis' }] },
  }
}

// One template object per theme: Plotly recalculates the whole figure when the template's
// identity changes, so a new object on every render turned a threshold move into a full redraw.
const TEMPLATES = {
  light: plotTemplate(PLOT_PALETTE.light),
  dark: plotTemplate(PLOT_PALETTE.dark),
} satisfies Record<Theme, unknown>

/**
 * The caller's layout on top of the theme: the theme goes in as a plotly template, so it styles
 * every axis (xaxis2, …) and anything the caller sets wins. Width and height are the container's.
 */
export function themedLayout(
  layout: object | undefined,
  options: { theme: Theme; lang: Lang; width: number; height: number },
): Record<string, unknown> {
  return {
    separators: options.lang === 'pt-BR' ? ',.' : '.,',
    ...layout,
    template: TEMPLATES[options.theme],
    width: options.width,
    height: options.height,
    autosize: false,
  }
}

/** The layout for a PNG: solid background, the chart's title on top. */
export function exportLayout(
  layout: Record<string, unknown>,
  title: string,
  theme: Theme,
): Record<string, unknown> {
  const margin = (layout.margin as Record<string, number> | undefined) ?? {}
  return {
    ...layout,
    paper_bgcolor: PLOT_PALETTE[theme].background,
    plot_bgcolor: PLOT_PALETTE[theme].background,
    title: { text: title, x: 0.01, xanchor: 'left', y: 0.98, yanchor: 'top', font: { size: 16 } },
    margin: { l: 56, r: 20, b: 48, ...margin, t: (margin.t ?? 16) + 40 },
  }
}
