import type { DatasetName } from '../../site-data/predictions/snapshot-types'
import type { FigureContext } from './figure-context'

/**
 * The dot of one dataset at the current threshold on a curve chart, as a layout shape (a circle
 * of fixed pixel size at data coordinates), not a trace: plotly redraws a changed shape alone,
 * where a changed trace makes it redraw the whole chart.
 */
export function operatingPointShape(
  name: DatasetName,
  x: number,
  y: number,
  ctx: FigureContext,
): object {
  return {
    type: 'circle',
    xref: 'x',
    yref: 'y',
    xsizemode: 'pixel',
    ysizemode: 'pixel',
    xanchor: x,
    yanchor: y,
    x0: -7,
    x1: 7,
    y0: -7,
    y1: 7,
    fillcolor: ctx.datasetColors[name],
    line: { color: ctx.backgroundColor, width: 2 },
    layer: 'above',
  }
}
