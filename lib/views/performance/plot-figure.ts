/**
 * A Plotly figure as pure data (the shape `components/plot` draws): traces and layout in
 * plotly.js's schema, loosely typed since no plotly types are installed.
 */
export interface PlotFigure {
  data: readonly object[]
  layout: object
}
