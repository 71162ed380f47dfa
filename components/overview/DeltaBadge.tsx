'use client'

import { useT } from '@/components/shell/use-t'
import type { MessageKey } from '@/lib/i18n/messages-en'
import type { DeltaDirection } from '@/lib/views/overview/metric-cards'
import { formatDelta } from '@/lib/views/overview/overview-format'

const STYLE: Record<DeltaDirection, string> = {
  better: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200',
  worse: 'bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-200',
  same: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  none: 'bg-slate-100 text-slate-500 dark:bg-slate-800 dark:text-slate-400',
}

const WORD: Partial<Record<DeltaDirection, MessageKey>> = {
  better: 'overview.delta.better',
  worse: 'overview.delta.worse',
  same: 'overview.delta.same',
}

function Arrow({ delta }: { delta: number }) {
  const path =
    delta > 0
      ? 'M8 13V3M3.5 7.5 8 3l4.5 4.5'
      : delta < 0
        ? 'M8 3v10M3.5 8.5 8 13l4.5-4.5'
        : 'M3 6.5h10M3 9.5h10'
  return (
    <svg viewBox="0 0 16 16" className="h-3.5 w-3.5" aria-hidden="true">
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

/**
 * prod − dev as Streamlit's st.metric shows it: an arrow for the sign, green when prod is better
 * and red when worse (inverse for lower-is-better metrics), and the word, so colour is not needed.
 */
export function DeltaBadge({
  delta,
  direction,
}: {
  delta: number | null
  direction: DeltaDirection
}) {
  const { t, lang } = useT()
  const word = WORD[direction]
  return (
    <p
      data-testid="delta"
      data-direction={direction}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-sm font-medium tabular-nums ${STYLE[direction]}`}
    >
      <span className="sr-only">{t('overview.metrics.delta')}:</span>
      {delta === null ? (
        '–'
      ) : (
        <>
          <Arrow delta={direction === 'same' ? 0 : delta} />
          {formatDelta(lang, delta)}
          {word && <span className="font-normal">{t(word)}</span>}
        </>
      )}
    </p>
  )
}
