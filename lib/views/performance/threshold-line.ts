import { formatThreshold, type FigureContext } from './figure-context'

/**
 * A vertical line at the threshold across each listed x axis ("x", "x2", …) with its value as
 * a label on the first: layout `shapes` and `annotations`, to spread into a layout.
 */
export function thresholdLine(
  threshold: number,
  ctx: FigureContext,
  xAxes: readonly string[],
): { shapes: object[]; annotations: object[] } {
  const shapes = xAxes.map((x) => ({
    type: 'line',
    xref: x,
    yref: `${x.replace('x', 'y')} domain`,
    x0: threshold,
    x1: threshold,
    y0: 0,
    y1: 1,
    line: { color: ctx.referenceColor, width: 2, dash: 'dot' },
  }))
  const annotations = [
    {
      xref: xAxes[0] ?? 'x',
      yref: `${(xAxes[0] ?? 'x').replace('x', 'y')} domain`,
      x: threshold,
      y: 1,
      yanchor: 'top',
      xanchor: threshold > 0.8 ? 'right' : 'left',
      showarrow: false,
      text: ctx.t('performance.thresholdLabel', { threshold: formatThreshold(ctx, threshold) }),
      font: { size: 11, color: ctx.referenceColor },
      bgcolor: ctx.backgroundColor,
      opacity: 0.9,
    },
  ]
  return { shapes, annotations }
}
