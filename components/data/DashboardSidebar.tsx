'use client'

import { DatasetControl } from '@/components/shell/controls/DatasetControl'
import { ShotFilterControls } from '@/components/shell/controls/ShotFilterControls'
import { ThresholdControl } from '@/components/shell/controls/ThresholdControl'
import { findShotZone, type ShotZone } from '@/lib/url-state/shot-zones'
import type { Snapshot } from '@/lib/site-data/predictions/snapshot-types'

export interface DashboardSidebarProps {
  snapshot: Snapshot | null
  /** show the dev/prod/both toggle (views that compare the two) */
  dataset?: boolean
  /** show the threshold slider (views that classify) */
  threshold?: boolean
}

/** The shared Streamlit-like controls: threshold, dataset, and the filters the data supports. */
export function DashboardSidebar({ snapshot, dataset = false, threshold = true }: DashboardSidebarProps) {
  const options = snapshot?.filterOptions
  const zones = options?.zones
    .map((z) => findShotZone(z)?.value)
    .filter((z): z is ShotZone => z !== undefined)
  return (
    <>
      {threshold && <ThresholdControl />}
      {dataset && <DatasetControl />}
      <ShotFilterControls
        seasons={options && options.seasons.length > 0 ? options.seasons : undefined}
        zones={zones && zones.length > 0 ? zones : undefined}
      />
    </>
  )
}
