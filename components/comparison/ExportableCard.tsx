'use client'

import { useCallback, useId, useRef, type ReactNode } from 'react'
import { DownloadPngButton } from '@/components/export/DownloadPngButton'
import { elementToPng } from '@/components/export/element-to-png'
import { PLOT_PALETTE } from '@/components/plot/plot-theme'
import { useTheme } from '@/components/shell/theme'

/** A titled card with a PNG download of the whole card (tables and matrices, not plotly charts). */
export function ExportableCard({
  title,
  filename,
  testId,
  children,
}: {
  title: string
  filename: string
  testId?: string
  children: ReactNode
}) {
  const theme = useTheme()
  const id = useId()
  const card = useRef<HTMLElement>(null)
  const makePng = useCallback(
    () => elementToPng(card.current!, { backgroundColor: PLOT_PALETTE[theme].background }),
    [theme],
  )
  return (
    <figure
      ref={card}
      aria-labelledby={id}
      data-testid={testId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <h3 id={id} className="font-semibold text-slate-900 dark:text-slate-50">
          {title}
        </h3>
        <DownloadPngButton makePng={makePng} filename={filename} />
      </div>
      {children}
    </figure>
  )
}
