'use client'

import dynamic from 'next/dynamic'
import { useCallback, useId, useMemo, useRef, useState } from 'react'
import { DownloadPngButton } from '@/components/export/DownloadPngButton'
import { elementToPng } from '@/components/export/element-to-png'
import { ChartBoundary } from '@/components/shell/ChartBoundary'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import type { CourtXY } from '@/lib/court/coordinates'
import { courtYRange, type CourtExtent } from '@/lib/court/court-geometry'
import { hexFigure } from '@/lib/court/hex-figure'
import { hexLattice } from '@/lib/court/hex-lattice'
import { countHexes, sumHexes } from '@/lib/court/hex-tally'
import { POINT_CAP, pointSample } from '@/lib/court/point-sample'
import { sequentialColor } from '@/lib/court/sequential-color'
import { PLOT_PALETTE } from '@/components/plot/plot-theme'
import { COURT_COLORS } from './court-colors'
import { CourtLegend } from './CourtLegend'
import type { CourtMarker, CourtPoints, HexbinSettings, HexCells, LegendItem } from './court-types'

const LeafletCourt = dynamic(() => import('./LeafletCourt'), { ssr: false })

export interface CourtMapProps {
  /** shown above the map and in the PNG; the figure's accessible name */
  title: string
  /** the shots, column-wise; memoise the object */
  points: CourtPoints
  /** download name, e.g. "prediction_map_prod" → prediction_map_prod.png */
  filename: string
  /** one dot per shot, or hexagonal density */
  mode?: 'points' | 'hexbin'
  hexbin?: HexbinSettings
  /** hexagons already tallied (hexbin mode); without them the points are binned here */
  hexCells?: HexCells | null
  /** what the point colours mean (points mode) */
  legend?: readonly LegendItem[]
  /** a colour bar instead of swatches, for points coloured on a sequential scale (points mode) */
  colorBar?: { label: string; min: string; max: string } | null
  /** the sentence shown instead of an empty court, saying why there is nothing */
  emptyMessage?: string
  description?: string
  /** half court (default) or the full length, for backcourt shots */
  extent?: CourtExtent
  /** marker radius in screen pixels (default 2.5) */
  pointRadius?: number
  /** called with court coordinates (loc units) when the court is clicked */
  onCourtClick?: (at: CourtXY) => void
  /** a highlighted location, e.g. the what-if shot */
  marker?: CourtMarker | null
}

/**
 * The one Leaflet component: the court to scale with shots or hexagons, a legend, and a visible
 * "Download PNG" (html-to-image: canvas + SVG overlay). Browser-only, inside an error boundary.
 * Test hooks: role figure named by the title; data-ready, data-drawn (markers or hexagons drawn),
 * data-render-ms (build + first canvas draw, or the last hexagon paint), data-restyle-ms (last
 * recolouring without rebuild), data-shots (the shots behind the picture). In points mode
 * data-drawn and data-shots count every placed shot even when, above POINT_CAP, only a sample of
 * them is drawn; in hexbin mode data-drawn counts hexagons, data-shots the shots in them.
 */
export function CourtMap(props: CourtMapProps) {
  const {
    title,
    points,
    filename,
    mode = 'points',
    legend,
    extent = 'half',
    pointRadius = 2.5,
  } = props
  const { t, num } = useT()
  const theme = useTheme()
  const titleId = useId()
  const figureRef = useRef<HTMLElement>(null)
  const [drawn, setDrawn] = useState<{ count: number; ms: number } | null>(null)
  const onDrawn = useCallback(
    (count: number, ms: number) => setDrawn({ count, ms: Math.round(ms) }),
    [],
  )
  const [restyleMs, setRestyleMs] = useState<number | null>(null)
  const onRestyled = useCallback((_changed: number, ms: number) => setRestyleMs(Math.round(ms)), [])
  const n = Math.min(points.x.length, points.y.length)

  const settings = props.hexbin ?? {}
  const radius = settings.radius ?? 15
  const colorBy = settings.colorBy ?? 'count'
  const minCount = settings.minCount ?? 1
  const givenCells = props.hexCells
  // without tallied hexagons (a caller with points only), bin the points here
  const cells = useMemo<HexCells | null>(() => {
    if (mode !== 'hexbin') return null
    if (givenCells) return givenCells
    const lattice = hexLattice(points.x, points.y, radius)
    const values = colorBy === 'mean' && points.value ? points.value : null
    const sums = values
      ? sumHexes(
          lattice,
          null,
          Float64Array.from(values, (v) => v ?? Number.NaN),
        )
      : null
    return {
      radius,
      cx: lattice.cx,
      cy: lattice.cy,
      count: countHexes(lattice, null),
      valued: sums?.valued,
      sum: sums?.sum,
    }
  }, [mode, givenCells, points, radius, colorBy])
  const figure = useMemo(
    () => (cells ? hexFigure(cells, { colorBy, minCount, domain: settings.domain }) : null),
    [cells, colorBy, minCount, settings.domain],
  )
  const describeMean = settings.describeMean
  const hex = useMemo(() => {
    if (!cells || !figure || figure.shown.length === 0) return null
    const { shown } = figure
    const paint = {
      radius: cells.radius,
      cx: Float64Array.from(shown, (c) => cells.cx[c] as number),
      cy: Float64Array.from(shown, (c) => cells.cy[c] as number),
      color: Array.from(figure.ramp, (r) => sequentialColor(r)),
      size: figure.size,
      outline: COURT_COLORS[theme].hexOutline,
    }
    const describe = (k: number) => {
      const c = shown[k] as number
      const count = num(cells.count[c] as number)
      if (colorBy !== 'mean') return t('court.hexbin.tooltip', { count })
      const mean = figure.mean[k] as number
      return describeMean
        ? describeMean(mean, cells.count[c] as number, cells.valued?.[c] ?? 0)
        : t('court.hexbin.tooltipMean', { count, mean: num(mean) })
    }
    return { paint, describe }
  }, [cells, figure, colorBy, describeMean, theme, t, num])

  // above POINT_CAP shots, points mode draws a seeded uniform sample (a note says so)
  const sample = useMemo(
    () => (mode === 'points' ? pointSample(points.x, points.y, POINT_CAP, points.placedAt) : null),
    [mode, points.x, points.y, points.placedAt],
  )

  const [bottom, top] = courtYRange(extent)
  const makePng = useCallback(async () => {
    if (!figureRef.current) throw new Error('the court is not on the page')
    return elementToPng(figureRef.current, { backgroundColor: PLOT_PALETTE[theme].background })
  }, [theme])

  const empty = n === 0 || (figure !== null && figure.shown.length === 0)
  // shots behind the picture: every placed shot (points, even when a sample is drawn) or the
  // shots in the hexagons shown
  const shots = figure ? figure.shots : sample?.placed
  return (
    <figure
      ref={figureRef}
      aria-labelledby={titleId}
      data-testid="court-map"
      data-ready={drawn ? 'true' : 'false'}
      data-drawn={drawn?.count}
      data-shots={drawn ? shots : undefined}
      data-render-ms={drawn?.ms}
      data-restyle-ms={restyleMs ?? undefined}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="font-semibold text-slate-900 dark:text-slate-50">
            {title}
          </h3>
          {props.description && (
            <p className="text-sm text-slate-600 dark:text-slate-400">{props.description}</p>
          )}
          {sample?.order && (
            <p data-testid="court-sampled" className="text-sm text-slate-600 dark:text-slate-400">
              {t('court.sampled', { drawn: sample.order.length, shots: sample.placed })}
            </p>
          )}
        </div>
        {!empty && <DownloadPngButton makePng={drawn ? makePng : null} filename={filename} />}
      </div>
      {empty ? (
        <p
          role="note"
          className="flex min-h-40 items-center justify-center rounded-lg border border-dashed border-slate-300 px-4 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
        >
          {props.emptyMessage ?? t('empty.noRows')}
        </p>
      ) : (
        <>
          <div
            className="mx-auto w-full"
            style={{
              aspectRatio: `500 / ${top - bottom}`,
              // as tall as 75 % of the window at most, keeping the court's proportions
              maxWidth: `calc(${extent === 'full' ? 85 : 75}vh * ${(500 / (top - bottom)).toFixed(4)})`,
            }}
          >
            <ChartBoundary label={title}>
              <LeafletCourt
                extent={extent}
                theme={theme}
                points={points}
                pointRadius={pointRadius}
                drawOrder={sample?.order ?? null}
                placed={sample?.placed}
                hex={hex}
                marker={props.marker ?? null}
                onCourtClick={props.onCourtClick}
                onDrawn={onDrawn}
                onRestyled={onRestyled}
                ariaLabel={title}
              />
            </ChartBoundary>
          </div>
          <CourtLegend
            title={t('court.legend')}
            items={legend}
            scale={
              figure && hex
                ? {
                    label:
                      settings.label ??
                      (colorBy === 'count' ? t('court.hexbin.count') : t('court.hexbin.mean')),
                    min: num(figure.min),
                    max: num(figure.max),
                  }
                : mode === 'points'
                  ? (props.colorBar ?? null)
                  : null
            }
            size={
              figure && hex && colorBy === 'mean'
                ? t('court.legend.size', {
                    min: num(figure.countMin),
                    max: num(figure.countMax),
                  })
                : null
            }
          />
        </>
      )}
    </figure>
  )
}
