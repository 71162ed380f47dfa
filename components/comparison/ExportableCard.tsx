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
  small = false,
  children,
}: {
  title: string
  filename: string
  testId?: string
  /** a card inside a card: a smaller title, no shadow */
  small?: boolean
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
      className={`rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 ${small ? 'p-3' : 'p-4 shadow-sm'}`}
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        {small ? (
          <h4 id={id} className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {title}
          </h4>
        ) : (
          <h3 id={id} className="font-semibold text-slate-900 dark:text-slate-50">
            {title}
          </h3>
        )}
        <DownloadPngButton makePng={makePng} filename={filename} />
      </div>
      {children}
    </figure>
  )
}
