'use client'

import { useT } from '@/components/shell/use-t'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'

/**
 * Why the court shows hexagons without being asked ("1,000,000 prod shots: drawn as hexagons
 * above 50,000 …") and a button that keeps points instead (`map_mode=points` in the URL).
 */
export function AutoHexbinNote(props: {
  shots: number
  dataset: DatasetName
  cap: number
  onShowPoints: () => void
}) {
  const { t, num } = useT()
  return (
    <p data-testid="court-auto-hexbin" className="text-sm text-slate-700 dark:text-slate-300">
      {t('court.autoHexbin', {
        shots: num(props.shots),
        dataset: props.dataset,
        cap: num(props.cap),
      })}{' '}
      <button
        type="button"
        onClick={props.onShowPoints}
        className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-100"
      >
        {t('court.showPoints', { cap: num(props.cap) })}
      </button>
    </p>
  )
}
