'use client'

import { useMemo } from 'react'
import { CourtMap } from '@/components/court/CourtMap'
import type { CourtPoints, HexbinSettings, HexCells } from '@/components/court/court-types'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import { hexLattice } from '@/lib/court/hex-lattice'
import { countHexes, errorHexes, sumHexes } from '@/lib/court/hex-tally'
import { courtFilename, courtTitle } from '@/lib/views/court/court-figure'
import { courtLegend } from '@/lib/views/court/court-legend'
import { errorPalette, outcomePalette, probabilityPalette } from '@/lib/views/court/court-palette'
import type { CourtParams } from '@/lib/views/court/court-params'
import {
  countClasses,
  ERROR_CLASSES,
  errorClasses,
  OUTCOME_CLASSES,
  outcomeClasses,
  probabilityLevels,
} from '@/lib/views/court/shot-classes'
import { shotTooltip } from '@/lib/views/court/shot-tooltip'
import type { DatasetCourt } from './use-court-selection'

const HEX_RADIUS = 15 // loc units: 1.5 ft centre to corner, 3 ft across
const noColor = () => ''

/**
 * One dataset's court: every filtered shot coloured by outcome, P(made) or error type at the
 * threshold, or hexagons. Classes are recomputed per threshold only when colouring by error
 * type, and the markers are then restyled, not rebuilt (ShotLayer keys them on positions).
 * Hexagons: each shot's hexagon is found once per file (hexLattice); a filter re-counts the
 * selected rows per hexagon, a threshold re-adds only the error share's errors.
 */
export function DatasetCourtMap({
  court,
  params,
  threshold,
}: {
  court: DatasetCourt
  params: CourtParams
  threshold: number
}) {
  const { t, num } = useT()
  const theme = useTheme()
  const { name, selection } = court
  const { data } = court.loaded
  const indices = selection.rows
  const points = params.mode === 'points'
  // without probabilities, the outcome is the only colouring there is (a note says so)
  const colorBy = data.probability ? params.colorBy : 'outcome'
  const classThreshold = points && colorBy === 'error' ? threshold : null
  const hexMode = params.mode === 'hexbin'
  // a hexagon colour that needs P(made) falls back to the count without it (a note says so)
  const askedHex =
    !data.probability && (params.hex === 'probability' || params.hex === 'error')
      ? 'count'
      : params.hex
  const { positions } = court
  const lattice = useMemo(
    () => (hexMode ? hexLattice(positions.x, positions.y, HEX_RADIUS) : null),
    [hexMode, positions],
  )
  const hexCounts = useMemo(
    () => (lattice ? countHexes(lattice, indices) : null),
    [lattice, indices],
  )
  const errorThreshold = askedHex === 'error' ? threshold : null
  const hexSums = useMemo(() => {
    if (!lattice) return null
    if (askedHex === 'fg') return sumHexes(lattice, indices, data.target)
    if (!data.probability) return null
    if (askedHex === 'probability') return sumHexes(lattice, indices, data.probability)
    if (errorThreshold !== null)
      return errorHexes(lattice, indices, data.target, data.probability, errorThreshold)
    return null
  }, [lattice, askedHex, indices, data, errorThreshold])
  // no shot with an outcome (FG%, error share) among the filtered ones: the count says more
  const hexValue = hexSums && hexSums.valued.some((v) => v > 0) ? askedHex : 'count'
  const hexCells = useMemo<HexCells | null>(
    () =>
      lattice && hexCounts
        ? {
            radius: HEX_RADIUS,
            cx: lattice.cx,
            cy: lattice.cy,
            count: hexCounts,
            valued: hexValue === 'count' ? undefined : hexSums?.valued,
            sum: hexValue === 'count' ? undefined : hexSums?.sum,
          }
        : null,
    [lattice, hexCounts, hexSums, hexValue],
  )

  const classes = useMemo(() => {
    if (!points) return null
    if (colorBy === 'probability') return probabilityLevels(data.probability, indices)
    if (classThreshold !== null)
      return errorClasses(data.target, data.probability, indices, classThreshold)
    return outcomeClasses(data.target, indices)
  }, [points, colorBy, classThreshold, data, indices])

  const palette = useMemo(
    () =>
      colorBy === 'probability'
        ? probabilityPalette(theme)
        : colorBy === 'error'
          ? errorPalette(theme)
          : outcomePalette(theme),
    [colorBy, theme],
  )

  const legend = useMemo(() => {
    if (!classes || colorBy === 'probability') return undefined
    const size = colorBy === 'error' ? ERROR_CLASSES.length : OUTCOME_CLASSES.length
    return courtLegend(colorBy, countClasses(classes, size), palette, t, num)
  }, [classes, colorBy, palette, t, num])

  const color = useMemo(
    () =>
      classes
        ? (i: number) => palette[classes[i] as number] ?? palette[palette.length - 1]!
        : noColor,
    [classes, palette],
  )
  const tooltipThreshold = points ? threshold : null
  const tooltip = useMemo(() => {
    if (tooltipThreshold === null) return undefined
    const context = { threshold: tooltipThreshold, t, num }
    return (i: number) =>
      shotTooltip(data, selection.rows[i] as number, {
        ...context,
        position: { x: selection.x[i] as number, y: selection.y[i] as number },
      })
  }, [tooltipThreshold, data, selection, t, num])

  const courtPoints = useMemo<CourtPoints>(
    () =>
      points
        ? {
            x: selection.x,
            y: selection.y,
            placedAt: selection.placedAt,
            color,
            colorClasses: classes ? { classes, palette } : undefined,
            tooltip,
          }
        : { x: selection.x, y: selection.y, color: noColor },
    [points, selection, color, classes, palette, tooltip],
  )

  const hexbin = useMemo<HexbinSettings>(() => {
    if (hexValue === 'count')
      return { radius: HEX_RADIUS, colorBy: 'count', label: t('court.hexbin.count') }
    const label = {
      fg: t('court.legend.fg'),
      probability: t('court.legend.meanProbability'),
      error: t('court.legend.errorShare'),
    }[hexValue]
    const share = (mean: number, count: number, valued: number) =>
      t('court.hexbin.tooltipShare', {
        count: num(count),
        share: `${num(Math.round(mean * 1000) / 10)} %`,
        valued: num(valued),
      })
    return {
      radius: HEX_RADIUS,
      colorBy: 'mean',
      domain: [0, 1],
      minCount: 3,
      label,
      describeMean: hexValue === 'probability' ? undefined : share,
    }
  }, [hexValue, t, num])

  const thresholdText = num(threshold)
  const shown = { ...params, colorBy, hex: hexValue }
  return (
    <CourtMap
      title={courtTitle(shown, name, thresholdText, t)}
      filename={courtFilename(shown, name)}
      points={courtPoints}
      mode={points ? 'points' : 'hexbin'}
      hexbin={hexbin}
      hexCells={hexCells}
      legend={legend}
      colorBar={
        points && colorBy === 'probability'
          ? { label: t('court.legend.probability'), min: num(0), max: num(1) }
          : null
      }
      description={
        points && colorBy === 'error'
          ? t('court.description.error', { threshold: thresholdText })
          : undefined
      }
      emptyMessage={
        court.positions.fromLoc + court.positions.fromLatLng === 0
          ? t('court.noPositions')
          : undefined
      }
      extent={params.extent}
    />
  )
}
