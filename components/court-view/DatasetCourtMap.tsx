'use client'

import { useMemo } from 'react'
import { CourtMap } from '@/components/court/CourtMap'
import type { CourtPoints, HexbinSettings } from '@/components/court/court-types'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
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

  const hexValues =
    params.hex === 'probability'
      ? selection.probability
      : params.hex === 'fg'
        ? selection.target
        : null
  const courtPoints = useMemo<CourtPoints>(
    () =>
      points
        ? { x: selection.x, y: selection.y, color, tooltip }
        : { x: selection.x, y: selection.y, color: noColor, value: hexValues ?? undefined },
    [points, selection, color, tooltip, hexValues],
  )

  const hexbin = useMemo<HexbinSettings>(
    () =>
      params.hex === 'count'
        ? { radius: HEX_RADIUS, colorBy: 'count', label: t('court.hexbin.count') }
        : {
            radius: HEX_RADIUS,
            colorBy: 'mean',
            domain: [0, 1],
            minCount: 3,
            label: params.hex === 'fg' ? t('court.legend.fg') : t('court.legend.meanProbability'),
          },
    [params.hex, t],
  )

  const thresholdText = num(threshold)
  const shown = { ...params, colorBy }
  return (
    <CourtMap
      title={courtTitle(shown, name, thresholdText, t)}
      filename={courtFilename(shown, name)}
      points={courtPoints}
      mode={points ? 'points' : 'hexbin'}
      hexbin={hexbin}
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
