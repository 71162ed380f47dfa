'use client'

import { withQuery } from '@/lib/url-state/serialise-url-state'

/** The live query string, without "?" (not the last render's: quick successive changes all count). */
export function currentQuery(): string {
  return window.location.search.replace(/^\?/, '')
}

/**
 * Rewrites the URL's query in place: no reload, no scroll jump, no new history entry, no
 * request. `useSearchParams` (and so useUrlState) follows. The history state must be null:
 * Next.js syncs its router only with entries it did not write itself, so passing
 * `window.history.state` would change the address bar but not the page.
 */
export function replaceQuery(query: string): void {
  if (query === currentQuery()) return
  window.history.replaceState(
    null,
    '',
    withQuery(window.location.pathname, query) + window.location.hash,
  )
}
