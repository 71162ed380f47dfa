'use client'

import { sequentialGradient } from '@/lib/court/sequential-color'
import type { LegendItem } from './court-types'

/** Swatches for the caller's categories, or a colour bar for the hexbin mode. */
export function CourtLegend(props: {
  title: string
  items?: readonly LegendItem[]
  scale?: { label: string; min: string; max: string } | null
  /** what a hexagon's size means, beside the colour bar */
  size?: string | null
}) {
  const { items, scale, size } = props
  if (!scale && (!items || items.length === 0)) return null
  return (
    <div
      className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-700 dark:text-slate-300"
      aria-label={props.title}
      role="group"
    >
      {scale ? (
        <div className="flex items-center gap-2">
          <span className="font-medium">{scale.label}</span>
          <span className="tabular-nums">{scale.min}</span>
          <span
            className="h-2.5 w-40 rounded-full"
            style={{ backgroundImage: sequentialGradient() }}
            aria-hidden="true"
          />
          <span className="tabular-nums">{scale.max}</span>
          {size && (
            <span className="ml-2 inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="text-[0.6rem] leading-none">
                ⬢
              </span>
              <span aria-hidden="true" className="text-base leading-none">
                ⬢
              </span>
              {size}
            </span>
          )}
        </div>
      ) : (
        items?.map((item) => (
          <span key={item.label} className="inline-flex items-center gap-1.5">
            <span
              className="h-3 w-3 rounded-full"
              style={{ backgroundColor: item.color }}
              aria-hidden="true"
            />
            {item.label}
          </span>
        ))
      )}
    </div>
  )
}
