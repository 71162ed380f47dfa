'use client'

import { useMemo } from 'react'
import { CourtMap } from '@/components/court/CourtMap'
import type { CourtMarker, CourtPoints } from '@/components/court/court-types'
import { datasetColor } from '@/components/plot/plot-theme'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import { HALF_COURT_Y } from '@/lib/court/court-geometry'
import type { PredictionsData } from '@/lib/predictions/types'
import { backgroundShots } from '@/lib/views/what-if/background-shots'
import {
  courtPointOfLatLng,
  locationOfCourtPoint,
  type ShotLocation,
} from '@/lib/views/what-if/court-location'

export interface WhatIfCourtProps {
  dev: PredictionsData | null
  prod: PredictionsData | null
  /** the form's location; null while lat or lng is invalid */
  at: { lat: number; lng: number } | null
  onPick: (location: ShotLocation) => void
}

/** The court: dev and prod shots faintly behind, the what-if shot as the marker; a click moves it. */
export function WhatIfCourt({ dev, prod, at, onPick }: WhatIfCourtProps) {
  const { t } = useT()
  const theme = useTheme()
  const shots = useMemo(() => backgroundShots(dev, prod), [dev, prod])
  const colors = useMemo(
    () => [`${datasetColor(theme, 'dev')}66`, `${datasetColor(theme, 'prod')}66`],
    [theme],
  )
  const points = useMemo<CourtPoints>(
    () => ({ x: shots.x, y: shots.y, color: (i) => colors[shots.dataset[i]!]! }),
    [shots, colors],
  )
  const legend = useMemo(
    () => [
      { label: t('dataset.dev.long'), color: datasetColor(theme, 'dev') },
      { label: t('dataset.prod.long'), color: datasetColor(theme, 'prod') },
    ],
    [t, theme],
  )
  const marker = useMemo<CourtMarker | null>(() => {
    if (!at) return null
    return { ...courtPointOfLatLng(at.lat, at.lng), label: t('whatIf.court.marker') }
  }, [at, t])
  const full = marker !== null && marker.y > HALF_COURT_Y
  return (
    <div>
      <CourtMap
        title={t('whatIf.court.title')}
        description={t('whatIf.court.description')}
        points={points}
        filename="what_if_court"
        legend={legend}
        pointRadius={1.6}
        extent={full ? 'full' : 'half'}
        marker={marker}
        onCourtClick={(xy) => onPick(locationOfCourtPoint(xy))}
        emptyMessage={t('whatIf.shot.loading')}
      />
      {full && (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t('whatIf.court.full')}</p>
      )}
    </div>
  )
}
