'use client'

import { useT } from '@/components/shell/use-t'
import type { Problem } from '@/lib/tracking/types'

const SHOWN = 50

/** What the build skipped while reading the store, folded away. */
export function RunsProblems({ problems }: { problems: readonly Problem[] }) {
  const { t } = useT()
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-medium text-slate-800 dark:text-slate-100">
        {t('runs.problems', { count: problems.length })}
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i} className="break-words">
            <code className="text-xs">{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {t('runs.problemsMore', { count: problems.length - SHOWN })}
        </p>
      )}
    </details>
  )
}
