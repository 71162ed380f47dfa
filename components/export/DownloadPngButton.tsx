'use client'

import { useLayoutEffect, useRef, useState } from 'react'
import { useCatchUp } from '@/components/plot/catch-up'
import { useT } from '@/components/shell/use-t'
import { downloadPng } from './download-data-url'
import { pngFileName } from './png-filename'

export interface DownloadPngButtonProps {
  /** makes the PNG (a data URL); the button is disabled while it is null */
  makePng: (() => Promise<string>) | null
  /** download name, sanitised and given a ".png" suffix ("roc_curve_prod") */
  filename: string
}

/**
 * A visible "Download PNG" button; a failure is shown as text beside it. `data-export-name` holds
 * the file name it saves, so `npm run export-charts` finds a chart whatever the language.
 */
export function DownloadPngButton({ makePng, filename }: DownloadPngButtonProps) {
  const { t } = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // below the fold, the section may be held at older props: brought up to date first, then the
  // PNG made by the maker of that render
  const catchUp = useCatchUp()
  const latest = useRef(makePng)
  useLayoutEffect(() => {
    latest.current = makePng
  })
  return (
    <span
      className="inline-flex items-center gap-2"
      data-export-ignore=""
      data-export-name={pngFileName(filename)}
    >
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {t('plot.downloadFailed', { message: error })}
        </span>
      )}
      <button
        type="button"
        disabled={!makePng || busy}
        onClick={async () => {
          if (!makePng) return
          catchUp?.()
          const make = latest.current ?? makePng
          setBusy(true)
          setError(null)
          try {
            await downloadPng(await make(), filename)
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e))
          } finally {
            setBusy(false)
          }
        }}
        className="inline-flex shrink-0 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        <svg viewBox="0 0 20 20" className="h-3.5 w-3.5" aria-hidden="true">
          <path
            d="M10 3v10m0 0-4-4m4 4 4-4M4 16h12"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {busy ? t('plot.downloading') : t('plot.downloadPng')}
      </button>
    </span>
  )
}
