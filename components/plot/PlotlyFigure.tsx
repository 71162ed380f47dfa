'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import createPlotlyComponent from 'react-plotly.js/factory'
import { pngScale } from '@/components/export/png-scale'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import Plotly from './plotly-bundle'
import { exportLayout, themedLayout } from './plot-theme'
import { useElementWidth } from './use-element-width'
import { useRevision } from './use-revision'
import { useWhileOnScreen } from './use-while-on-screen'

const PlotlyComponent = createPlotlyComponent(Plotly)

export interface PlotlyFigureProps {
  data: readonly object[]
  layout?: object
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
  const current = useMemo(() => ({ data, layout }), [data, layout])
  const revision = useRevision(current)
  const versioned = useMemo(() => ({ ...current, revision }), [current, revision])
  const drawn = useWhileOnScreen(versioned, box)
  // the revision plotly has finished drawing: a screenshot waits until it is the current one
  const [painted, setPainted] = useState<number | null>(null)

  // plotly writes into trace objects (uid, …): give it copies, never the caller's memoised data
  const traces = useMemo(() => drawn.data.map((trace) => ({ ...trace })), [drawn])
  const themed = useMemo(
    () => themedLayout(drawn.layout, { theme, lang, width, height }),
    [drawn, theme, lang, width, height],
  )
  const config = useMemo(
    () => ({
      displaylogo: false,
      responsive: false,
      locale: lang,
      modeBarButtonsToRemove: ['lasso2d', 'select2d'],
    }),
    [lang],
  )

  // the PNG is always of the current data, also when the chart on screen is behind it
  const makePng = useCallback(
    () =>
      Plotly.toImage(
        {
          data: data.map((trace) => ({ ...trace })),
          layout: exportLayout(themedLayout(layout, { theme, lang, width, height }), title, theme),
          config,
        },
        { format: 'png', width, height: height + 40, scale: pngScale() },
      ),
    [data, layout, title, theme, lang, config, width, height],
  )
  // published once drawn, and again whenever the data changes, drawn or not
  const [initialized, setInitialized] = useState(false)
  const publish = useCallback(() => setInitialized(true), [])
  const shown = drawn.revision
  useEffect(() => {
    if (initialized) onExporter(makePng)
  }, [initialized, onExporter, makePng])
  useEffect(() => () => onExporter(null), [onExporter])

  if (error) throw error // to the ChartBoundary around this figure
  return (
    <div
      ref={box}
      style={{ height }}
      className="w-full"
      data-revision={revision}
      data-drawn-revision={painted ?? undefined}
    >
      {width > 0 && (
        <PlotlyComponent
          data={traces}
          layout={themed}
          config={config}
          onError={(e) => setError(e)}
          onClick={onClick}
          onInitialized={() => {
            publish()
            setPainted(shown)
          }}
          onUpdate={() => setPainted(shown)}
        />
      )}
    </div>
  )
}
