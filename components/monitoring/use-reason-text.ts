'use client'

import { useMemo } from 'react'
import { useT } from '@/components/shell/use-t'
import { reasonFor, reasonText, type Explained, type Reason } from '@/lib/monitoring/reason'

export interface ReasonTexts {
  /** a coded reason in the page's language; `fallback` (the English sentence) without one */
  text: (reason: Reason | undefined, fallback?: string) => string | undefined
  /** why `key` of a figure set is missing, in the page's language; undefined when it is not */
  missing: (set: Explained, ...keys: string[]) => string | undefined
}

/**
 * lib/monitoring's reasons (why a figure is missing, what fired a signal) rendered through
 * lib/i18n in the URL's language, as text: they carry file, column and chunk names from the data.
 */
export function useReasonText(): ReasonTexts {
  const { lang } = useT()
  return useMemo(
    () => ({
      text: (reason, fallback) => (reason ? reasonText(reason, lang) : fallback),
      missing: (set, ...keys) => {
        for (const key of keys) {
          const reason = reasonFor(set, key)
          if (reason) return reasonText(reason, lang)
        }
        return undefined
      },
    }),
    [lang],
  )
}
