/**
 * A Plotly figure as pure data, as lib/ functions return it. Traces and layout are plain
 * objects in plotly.js's schema (no plotly types are installed, so they are typed loosely).
 */
export interface PlotFigure {
  data: readonly object[]
  layout?: object
}

const DATA_KEYS = ['x', 'y', 'z', 'values', 'lat', 'lon'] as const

/**
 * True when there is nothing to draw: no trace, or every trace has only empty data arrays
 * (a trace with no data arrays at all, e.g. a shape-only one, counts as not empty).
 */
export function isFigureEmpty(data: readonly object[]): boolean {
  return data.every((trace) => {
    const arrays = DATA_KEYS.map((k) => (trace as Record<string, unknown>)[k]).filter(
      (v): v is ArrayLike<unknown> => v !== null && typeof v === 'object' && 'length' in v,
    )
    return arrays.length > 0 && arrays.every((a) => a.length === 0)
  })
}
