'use client'

import { useId } from 'react'
import { useChoice } from '@/components/monitoring/use-choice'
import { useT } from '@/components/shell/use-t'
import type { MessageKey } from '@/lib/i18n/messages-en'
import { CHUNKING_PARAM } from '@/lib/views/timeline/chunking-param'

const LABELS: Record<string, MessageKey> = {
  season: 'timeline.chunking.season',
  month: 'timeline.chunking.month',
  rows: 'timeline.chunking.rows',
}

/** Season or month chunks (row order when the data has no dates), kept in the URL (`chunks`). */
export function ChunkingSelector({ available }: { available: readonly string[] }) {
  const { t } = useT()
  const id = useId()
  const { value, set } = useChoice(CHUNKING_PARAM)
  return (
    <fieldset>
      <legend id={id} className="text-sm font-medium text-slate-800 dark:text-slate-100">
        {t('timeline.chunking.label')}
      </legend>
      <div className="mt-1 space-y-1">
        {CHUNKING_PARAM.choices
          .filter((c) => available.includes(c))
          .map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={id}
                value={c}
                checked={value === c}
                onChange={() => set(c)}
              />
              {t(LABELS[c]!)}
            </label>
          ))}
      </div>
    </fieldset>
  )
}
