'use client'

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import createPlotlyComponent from 'react-plotly.js/factory'
import { pngScale } from '@/components/export/png-scale'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import Plotly from './plotly-bundle'
import { HoverReadout } from './HoverReadout'
import { overlayCircles, readPlacement, samePlacement, type PlotPlacement } from './overlay-circles'
import { legendStandIn, overlayLines, readShown } from './overlay-lines'
import { exportLayout, themedLayout } from './plot-theme'
import { ShapeOverlay } from './ShapeOverlay'
import { useByValue } from './use-by-value'
import { useCurveHover } from './use-curve-hover'
import { useElementWidth } from './use-element-width'
import { useRevision } from './use-revision'
import { useWhileOnScreen } from './use-while-on-screen'

const PlotlyComponent = createPlotlyComponent(Plotly)

export interface PlotlyFigureProps {
  data: readonly object[]
  layout?: object
  /** layout shapes that move often (see Plot's `overlay`) */
  overlay?: readonly object[]
  /** line traces that change with the data (see Plot's `curves`) */
  curves?: readonly object[]
  title: string
  height: number
  /** receives the PNG maker once the chart is drawn (null while it is not) */
  onExporter: (makePng: (() => Promise<string>) | null) => void
  onClick?: (event: unknown) => void
}

/** The part of Plot that needs the browser: plotly itself, sized to its container. */
export default function PlotlyFigure({
  data,
  layout,
  overlay,
  curves,
  title,
  height,
  onExporter,
  onClick,
}: PlotlyFigureProps) {
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box)
  const theme = useTheme()
  const { lang } = useT()
  const [error, setError] = useState<Error | null>(null)
  // off screen, the chart keeps what it drew and redraws when it scrolls back into view
  const current = useMemo(
    () => ({ data, layout, overlay, curves }),
    [data, layout, overlay, curves],
  )
  const revision = useRevision(current)
  const versioned = useMemo(() => ({ ...current, revision }), [current, revision])
  const drawn = useWhileOnScreen(versioned, box)
  // the overlay's circles over the chart; shapes it cannot draw as Plotly does go to Plotly
  // (each part on its own: a threshold move changes the overlay alone, and Plotly is not called)
  const { data: drawnData, layout: drawnLayout, overlay: drawnOverlay, curves: drawnCurves } = drawn
  const circles = useMemo(() => overlayCircles(drawnOverlay), [drawnOverlay])
  // the curves as paths over the chart, Plotly drawing only their legend entries; a curve the
  // overlay cannot draw as Plotly does sends them all to Plotly as traces
  const lines = useMemo(() => overlayLines(drawnCurves), [drawnCurves])
  const newStandIns = useMemo(
    () => (lines ? (drawnCurves ?? []).map(legendStandIn) : (drawnCurves ?? [])),
    [lines, drawnCurves],
  )
  // kept by value when the curves are overlay lines (a few names and styles): a filter that
  // leaves every legend entry as it was does not call Plotly at all
  const standIns = useByValue(newStandIns, lines ? JSON.stringify(newStandIns) : null)
  const plottedData = useMemo(() => [...drawnData, ...standIns], [drawnData, standIns])
  const plotted = useMemo(
    () => (circles || !drawnOverlay?.length ? drawnLayout : withShapes(drawnLayout, drawnOverlay)),
    [circles, drawnLayout, drawnOverlay],
  )
  // where Plotly put the axes, read after each draw (and zoom): what places the overlay
  // and which curves the legend shows
  const [placement, setPlacement] = useState<PlotPlacement | null>(null)
  const [shown, setShown] = useState<readonly boolean[]>([])
  const curvesFrom = drawnData.length
  const curveCount = lines?.length ?? 0
  const place = useCallback(
    (_figure: unknown, graphDiv: HTMLElement) => {
      const next = readPlacement(graphDiv)
      setPlacement((previous) => (samePlacement(previous, next) ? previous : next))
      const visible = readShown(graphDiv, curvesFrom, curveCount)
      setShown((previous) => (previous.join() === visible.join() ? previous : visible))
    },
    [curvesFrom, curveCount],
  )
  const hover = useCurveHover(lines, shown, placement)
  // what plotly has finished drawing; the overlay is drawn with the render, so the drawn
  // revision is current once plotly has drawn its data and layout (a screenshot waits for it)
  const [painted, setPainted] = useState<{ data: unknown; layout: unknown } | null>(null)
  const drawnRevision =
    painted?.data === plottedData && painted?.layout === plotted ? drawn.revision : undefined

  // plotly writes into trace objects (uid, …): give it copies, never the caller's memoised data
  const traces = useMemo(() => plottedData.map((trace) => ({ ...trace })), [plottedData])
  const themed = useMemo(
    () => themedLayout(plotted, { theme, lang, width, height }),
    [plotted, theme, lang, width, height],
  )
  const config = useMemo(
    () => ({
      displaylogo: false,
      responsive: false,
      locale: lang,
      // Plotly's own camera button would save only what Plotly draws, without the curves and
      // dots drawn over it: the chart's Download PNG makes the picture from the whole figure
      modeBarButtonsToRemove: ['lasso2d', 'select2d', 'toImage'],
    }),
    [lang],
  )

  // the PNG is always of the current data, also when the chart on screen is behind it
  const makePng = useCallback(
    () =>
      Plotly.toImage(
        {
          data: [...data, ...(curves ?? [])].map((trace) => ({ ...trace })),
          layout: exportLayout(
            themedLayout(withShapes(layout, overlay), { theme, lang, width, height }),
            title,
            theme,
          ),
          config,
        },
        { format: 'png', width, height: height + 40, scale: pngScale() },
      ),
    [data, curves, layout, overlay, title, theme, lang, config, width, height],
  )
  // published once drawn, and again whenever the data changes, drawn or not
  const [initialized, setInitialized] = useState(false)
  const publish = useCallback(
    (figure: unknown, graphDiv: HTMLElement) => {
      place(figure, graphDiv)
      setInitialized(true)
    },
    [place],
  )
  // a layout effect: a section brought up to date synchronously (WhileOnScreen's catch-up)
  // publishes its maker before the click that asked for it goes on
  useLayoutEffect(() => {
    if (initialized) onExporter(makePng)
  }, [initialized, onExporter, makePng])
  useEffect(() => () => onExporter(null), [onExporter])

  if (error) throw error // to the ChartBoundary around this figure
  return (
    <div
      ref={box}
      style={{ height }}
      className="relative w-full"
      data-revision={revision}
      data-drawn-revision={drawnRevision}
      onMouseMove={hover.onMouseMove}
      onMouseLeave={hover.onMouseLeave}
    >
      {width > 0 && (
        <PlotlyComponent
          data={traces}
          layout={themed}
          config={config}
          onError={(e) => setError(e)}
          onClick={onClick}
          onInitialized={(figure, graphDiv) => {
            publish(figure, graphDiv)
            setPainted({ data: plottedData, layout: plotted })
          }}
          onUpdate={(figure, graphDiv) => {
            place(figure, graphDiv)
            setPainted({ data: plottedData, layout: plotted })
          }}
        />
      )}
      {width > 0 && (circles || lines) && placement && (
        <ShapeOverlay
          circles={circles}
          lines={lines}
          shown={shown}
          hovered={hover.point}
          placement={placement}
          width={width}
          height={height}
        />
      )}
      {width > 0 && lines && hover.point && (
        <HoverReadout
          line={lines[hover.point.line]!}
          point={hover.point}
          width={width}
          decimalSeparator={lang === 'pt-BR' ? ',' : '.'}
        />
      )}
    </div>
  )
}

/** The layout with the overlay's shapes after its own, as Plotly draws them (the PNG). */
function withShapes(layout: object | undefined, overlay: readonly object[] | undefined): object {
  if (!overlay?.length) return layout ?? {}
  const own = ((layout as { shapes?: object[] } | undefined)?.shapes ?? []) as object[]
  return { ...layout, shapes: [...own, ...overlay] }
}
