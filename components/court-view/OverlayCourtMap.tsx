'use client'

import { useMemo } from 'react'
import { CourtMap } from '@/components/court/CourtMap'
import type { CourtPoints } from '@/components/court/court-types'
import { datasetColor } from '@/components/plot/plot-theme'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import { courtFilename, courtTitle, type CourtMapDatasets } from '@/lib/views/court/court-figure'
import type { CourtParams } from '@/lib/views/court/court-params'
import { overlaySelection } from '@/lib/views/court/court-selection'
import { shotTooltip } from '@/lib/views/court/shot-tooltip'
import type { DatasetCourt } from './use-court-selection'

/** Dev and prod shots on one court, one colour per dataset (dev blue, prod orange everywhere). */
export function OverlayCourtMap({
  courts,
  params,
  threshold,
}: {
  courts: readonly DatasetCourt[]
  params: CourtParams
  threshold: number
}) {
  const { t, num } = useT()
  const theme = useTheme()
  const overlay = useMemo(() => overlaySelection(courts.map((c) => c.selection)), [courts])
  const colors = useMemo(() => courts.map((c) => datasetColor(theme, c.name)), [courts, theme])
  const points = useMemo<CourtPoints>(
    () => ({
      x: overlay.x,
      y: overlay.y,
      color: (i) => colors[overlay.part[i] as number] ?? '',
      tooltip: (i) => {
        const court = courts[overlay.part[i] as number]
        if (!court) return ''
        const text = shotTooltip(court.loaded.data, overlay.rows[i] as number, {
          threshold,
          t,
          num,
          position: { x: overlay.x[i] as number, y: overlay.y[i] as number },
        })
        return `${t(`dataset.${court.name}`)}\n${text}`
      },
    }),
    [overlay, colors, courts, threshold, t, num],
  )
  const legend = courts.map((c, i) => ({
    label: t('court.legend.item', {
      label: t(`dataset.${c.name}.long`),
      count: num(c.selection.x.length),
    }),
    color: colors[i] ?? '',
  }))
  const which: CourtMapDatasets = courts.length === 1 && courts[0] ? courts[0].name : 'both'
  return (
    <CourtMap
      title={courtTitle(params, which, num(threshold), t)}
      filename={courtFilename(params, which)}
      points={points}
      legend={legend}
      extent={params.extent}
    />
  )
}
