'use client'

import { useT } from './use-t'

/**
 * Shown only with JavaScript off: the prerendered numbers are the default view, and what needs
 * JavaScript to work. (The static HTML is English; the pt-BR text serves a translated render.)
 */
export function NoScriptNotice() {
  const { t } = useT()
  return (
    <noscript>
      <p
        data-testid="noscript-notice"
        className="mx-auto mt-3 max-w-screen-2xl rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        {t('shell.noscript')}
      </p>
    </noscript>
  )
}
