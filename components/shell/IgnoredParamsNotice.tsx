'use client'

import { ignoredParamText, type IgnoredParam } from '@/lib/url-state/ignored-param'
import { useT } from './use-t'

/**
 * Names each of a view's own URL parameters that the view did not use, and why (the shared
 * parameters are reported by the layout's UrlNotice). Renders nothing when every one was used.
 */
export function IgnoredParamsNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  const { t } = useT()
  if (ignored.length === 0) return null
  return (
    <div
      role="status"
      data-testid="ignored-params"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-medium">{t('notice.title')}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 break-all">
        {ignored.map((item, i) => (
          <li key={i}>{ignoredParamText(item, t)}</li>
        ))}
      </ul>
    </div>
  )
}
