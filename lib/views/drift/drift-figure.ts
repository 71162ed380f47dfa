/** A Plotly figure as plain data (traces and layout in plotly.js's schema, typed loosely). */
export interface DriftFigure {
  data: object[]
  layout: Record<string, unknown>
}

/** A muted grey that reads on the light and the dark theme, for reference lines. */
export const REFERENCE_LINE_COLOR = 'rgba(100, 116, 139, 0.95)'

/** Names of the two datasets in legends, e.g. "Dev (2-point, training), 4,057 shots". */
export interface DatasetNames {
  dev: string
  prod: string
}

/** A vertical line across the plot with a label at its top (`dash` for a softer reference). */
export function verticalLine(
  x: number,
  label: string,
  options: { dash?: 'dash' | 'dot' | 'solid'; align?: 'left' | 'right' } = {},
): { shape: object; annotation: object } {
  const align = options.align ?? 'right'
  return {
    shape: {
      type: 'line',
      xref: 'x',
      yref: 'paper',
      x0: x,
      x1: x,
      y0: 0,
      y1: 1,
      line: { color: REFERENCE_LINE_COLOR, width: 1.5, dash: options.dash ?? 'solid' },
    },
    annotation: {
      x,
      xref: 'x',
      y: 1,
      yref: 'paper',
      text: label,
      showarrow: false,
      xanchor: align === 'right' ? 'left' : 'right',
      yanchor: 'top',
      xshift: align === 'right' ? 4 : -4,
      font: { size: 11 },
    },
  }
}

/** A shaded vertical band (e.g. the dev central 99 % range) with a label inside its top left. */
export function verticalBand(
  x0: number,
  x1: number,
  label: string,
): { shape: object; annotation: object } {
  return {
    shape: {
      type: 'rect',
      xref: 'x',
      yref: 'paper',
      x0,
      x1,
      y0: 0,
      y1: 1,
      fillcolor: 'rgba(100, 116, 139, 0.12)',
      line: { color: REFERENCE_LINE_COLOR, width: 1, dash: 'dot' },
      layer: 'below',
    },
    annotation: {
      x: x0,
      xref: 'x',
      y: 1,
      yref: 'paper',
      text: label,
      showarrow: false,
      xanchor: 'left',
      yanchor: 'top',
      xshift: 2,
      font: { size: 11 },
    },
  }
}
