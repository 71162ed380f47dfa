'use client'

import { useT } from '@/components/shell/use-t'
import type { UnloadableModel } from '@/lib/site-data/model/model-snapshot-types'

/** Under the Model list: one line per logged model the build could not load, with its reason. */
export function UnloadableModels({ models }: { models: readonly UnloadableModel[] }) {
  const { t } = useT()
  if (models.length === 0) return null
  return (
    <div data-testid="what-if-unloadable" className="text-xs text-slate-600 dark:text-slate-400">
      <p className="font-medium text-amber-800 dark:text-amber-300">
        {t('whatIf.unloadable.title', { count: String(models.length) })}
      </p>
      <ul className="mt-1 space-y-1">
        {models.map((m, i) => (
          <li key={i} className="break-words">
            <span className="font-medium text-slate-700 dark:text-slate-300">{m.label}</span>:{' '}
            {m.reason}
          </li>
        ))}
      </ul>
    </div>
  )
}
