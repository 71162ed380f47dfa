'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import createPlotlyComponent from 'react-plotly.js/factory'
import { pngScale } from '@/components/export/png-scale'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import Plotly from './plotly-bundle'
import { exportLayout, themedLayout } from './plot-theme'
import { useElementWidth } from './use-element-width'

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

  // plotly writes into trace objects (uid, …): give it copies, never the caller's memoised data
  const traces = useMemo(() => data.map((trace) => ({ ...trace })), [data])
  const themed = useMemo(
    () => themedLayout(layout, { theme, lang, width, height }),
    [layout, theme, lang, width, height],
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

  const makePng = useCallback(
    () =>
      Plotly.toImage(
        {
          data: traces.map((trace) => ({ ...trace })),
          layout: exportLayout(themed, title, theme),
          config,
        },
        { format: 'png', width, height: height + 40, scale: pngScale() },
      ),
    [traces, themed, title, theme, config, width, height],
  )
  const publish = useCallback(() => onExporter(makePng), [onExporter, makePng])
  useEffect(() => () => onExporter(null), [onExporter])

  if (error) throw error // to the ChartBoundary around this figure
  return (
    <div ref={box} style={{ height }} className="w-full">
      {width > 0 && (
        <PlotlyComponent
          data={traces}
          layout={themed}
          config={config}
          onError={(e) => setError(e)}
          onClick={onClick}
          onInitialized={publish}
          onUpdate={publish}
        />
      )}
    </div>
  )
}
