'use client'

import type { Loadable } from '@/components/data/loadable'
import { useT } from '@/components/shell/use-t'
import { unavailableSentence } from '@/lib/views/performance/unavailable-sentence'
import type { DatasetPerformance } from './use-performance'

interface Note {
  text: string
  detail?: string | null
}

/**
 * What limits the numbers below, one sentence per dataset: a file that could not be read, no
 * target or probability column (with the loader's own sentence), no labelled shot in the
 * selection, a single class, labelled shots left out for lack of a probability.
 */
export function PerformanceNotes({
  datasets,
}: {
  datasets: readonly Loadable<DatasetPerformance>[]
}) {
  const { t } = useT()
  const notes: Note[] = datasets.flatMap((d, k): Note[] => {
    const dataset = t(k === 0 ? 'dataset.dev' : 'dataset.prod')
    if (d.status === 'error')
      return [{ text: t('performance.note.error', { dataset, message: d.error }) }]
    if (d.status !== 'ready') return []
    const { input, summary } = d.value
    const sentence = unavailableSentence(input, t)
    if (sentence) return [{ text: sentence, detail: input.kind === 'ready' ? null : input.detail }]
    const out: Note[] = []
    if (input.kind === 'ready' && input.excludedRows > 0) {
      out.push({ text: t('performance.note.excluded', { dataset, count: input.excludedRows }) })
    }
    if (summary && Number.isNaN(summary.auc)) {
      out.push({ text: t('performance.note.oneClass', { dataset }) })
    }
    return out
  })
  if (notes.length === 0) return null
  return (
    <ul
      role="note"
      aria-label={t('performance.note.title')}
      className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {notes.map((note, k) => (
        <li key={k}>
          {note.text}
          {note.detail && (
            <span className="block text-xs opacity-80">
              {t('performance.note.loader', { detail: note.detail })}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
