// plotly.js ships no types for its partial-bundle modules; these are the parts the Plot wrapper
// uses. (@types/plotly.js is not installed: react-plotly.js 4 types figures as unknown.)
declare module 'plotly.js/lib/core' {
  export interface PlotlyImageOptions {
    format: 'png' | 'jpeg' | 'webp' | 'svg'
    width?: number
    height?: number
    scale?: number
  }
  export interface PlotlyFigureInput {
    data: unknown[]
    layout?: unknown
    config?: unknown
  }
  export interface PlotlyCore {
    register(modules: unknown[]): void
    toImage(figure: HTMLElement | PlotlyFigureInput, options: PlotlyImageOptions): Promise<string>
  }
  const Plotly: PlotlyCore
  export default Plotly
}

declare module 'plotly.js/lib/bar' {
  const traceModule: unknown
  export default traceModule
}
declare module 'plotly.js/lib/heatmap' {
  const traceModule: unknown
  export default traceModule
}
declare module 'plotly.js/lib/histogram' {
  const traceModule: unknown
  export default traceModule
}
declare module 'plotly.js/lib/scattergl' {
  const traceModule: unknown
  export default traceModule
}
declare module 'plotly.js/lib/locales/pt-br' {
  const locale: unknown
  export default locale
}
