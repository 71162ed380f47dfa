'use client'

import { useT } from '@/components/shell/use-t'
import type { DriftRow } from '@/lib/drift/drift-table'
import { chartAnchor } from '@/lib/views/drift/chart-models'
import { SUPPORT_ALERT_SHARE, supportSentence } from '@/lib/views/drift/support-text'
import { DriftSection } from './DriftSection'

/**
 * The extrapolation story: one sentence per feature whose prod values lie largely outside the
 * dev support (e.g. 3-point distances beyond every 2-point shot), each linking to its chart.
 */
export function SupportNotes({ rows }: { rows: readonly DriftRow[] }) {
  const { t, lang, pct } = useT()
  const notes = rows.flatMap((row) => {
    const sentence = supportSentence(row, t, lang)
    return sentence ? [{ row, sentence }] : []
  })
  return (
    <DriftSection title={t('drift.support.title')}>
      {notes.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('drift.support.none', { limit: pct(SUPPORT_ALERT_SHARE, 0) })}
        </p>
      ) : (
        <ul className="space-y-2" data-testid="drift-support-notes">
          {notes.map(({ row, sentence }) => (
            <li
              key={row.column}
              className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
            >
              {sentence}{' '}
              <a
                href={`#${chartAnchor(row.column)}`}
                className="font-medium whitespace-nowrap underline underline-offset-2"
                aria-label={t('drift.chartLinkLabel', { feature: row.column })}
              >
                {t('drift.chartLink')} ↓
              </a>
            </li>
          ))}
        </ul>
      )}
    </DriftSection>
  )
}
