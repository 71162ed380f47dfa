'use client'

import { useState } from 'react'
import type { MessageKey } from '@/lib/i18n/messages-en'
import type { UrlIssueCode } from '@/lib/url-state/url-state'
import { useUrlState } from './url-state-context'
import { useT } from './use-t'

const MESSAGE: Record<UrlIssueCode, MessageKey> = {
  threshold: 'url.threshold',
  dataset: 'url.dataset',
  period: 'url.period',
  playoffs: 'url.playoffs',
  season: 'url.season',
  seasonOrder: 'url.seasonOrder',
  zone: 'url.zone',
  lang: 'url.lang',
  text: 'url.text',
  repeated: 'url.repeated',
}

/** Lists the URL values that were not understood and what is used instead; dismissible. */
export function UrlNotice() {
  const { t } = useT()
  const { issues, query } = useUrlState()
  // dismissing hides the notice for this query only: a new bad link shows it again
  const [dismissedFor, setDismissedFor] = useState<string | null>(null)
  if (issues.length === 0 || dismissedFor === query) return null
  return (
    <div
      role="status"
      data-testid="url-notice"
      className="mx-auto mt-3 flex max-w-screen-2xl items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <svg viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true">
        <path
          d="M10 2 1 18h18L10 2Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
        <path
          d="M10 8v4.5M10 14.5v.5"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
      <div className="min-w-0 flex-1">
        <p className="font-medium">{t('notice.title')}</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words">
          {issues.map((issue, i) => (
            <li key={i}>
              {t(MESSAGE[issue.code], {
                param: issue.param,
                value: issue.value,
                fallback: issue.fallback,
              })}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => setDismissedFor(query)}
        className="rounded-md px-2 py-1 text-xs font-medium hover:bg-amber-100 dark:hover:bg-amber-900/50"
      >
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
