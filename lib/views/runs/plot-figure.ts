/** A Plotly figure as plain data (traces and layout in plotly.js's schema, loosely typed). */
export interface PlotFigure {
  data: object[]
  layout: object
}
